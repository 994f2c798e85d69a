package cn.yongxing.silvergraph.transport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /graphql} endpoint for POST and GET. It reads the request itself (the parameters of a
 * GET, the JSON body of a POST), resolves persisted-query hashes, refuses mutations over GET with
 * 405, and then hands over to Spring's handler logic, which picks the response media type and the
 * status ({@code application/graphql-response+json}: 400 when nothing was executed).
 */
class GraphQlEndpoint extends GraphQlHttpHandler {


	private final WebGraphQlHandler handler;

	private final PersistedQueries persisted;

	private final JsonMapper json;

	private final CacheControl getCaching;

	GraphQlEndpoint(WebGraphQlHandler handler, PersistedQueries persisted, JsonMapper json,
			TransportProperties properties) {
		super(handler);
		this.handler = handler;
		this.persisted = persisted;
		this.json = json;
		this.getCaching = CacheControl.maxAge(properties.getMaxAge()).cachePublic();
	}

	/** What the endpoint can answer in; a request accepting none of them gets 406. */
	private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		List<MediaType> accepted = request.headers().accept();
		if (!accepted.isEmpty() && accepted.stream().noneMatch(a -> ANSWERS.stream().anyMatch(a::isCompatibleWith))) {
			throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
					"Answers are application/graphql-response+json or application/json; the Accept header allows neither");
		}
		boolean get = request.method().equals(HttpMethod.GET);
		Map<String, Object> body = get ? fromParameters(request) : fromBody(request);
		String document = text(body, "query");
		String operationName = text(body, "operationName");
		var resolution = persisted.resolve(document, hash(body));
		if (resolution instanceof PersistedQueries.Refusal refusal) {
			return prepareResponse(request, Mono.just(refusal(refusal)));
		}
		String resolved = ((PersistedQueries.Document) resolution).text();
		if (get && !isQuery(resolved, operationName)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors", List.of(Map.of("message", "Only queries may be sent with GET; use POST",
						"extensions", Map.of("code", "BAD_USER_INPUT")))));
		}
		var executable = new HashMap<>(body);
		executable.put("query", resolved);
		var webRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), executable, UUID.randomUUID().toString(),
				locale());
		Mono<WebGraphQlResponse> response = handler.handleRequest(webRequest);
		if (get) {
			// only an anonymous answer may be kept by shared caches: an answer to credentials depends on
			// them (the security headers make it private, no-store, and add Vary on the credentials)
			boolean anonymous = !request.headers().asHttpHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
					&& !request.headers().asHttpHeaders().containsHeader("X-API-Key");
			response = response.doOnNext(r -> {
				HttpHeaders headers = r.getResponseHeaders();
				headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
				if (anonymous && r.getErrors().isEmpty()) {
					headers.setCacheControl(getCaching);
				}
			});
		}
		return prepareResponse(request, response);
	}

	/**
	 * Writes the answer on the request thread when the execution has already finished (every fetcher
	 * ran on this thread, see {@link TransportConfiguration}): Spring's handler always answers through an
	 * asynchronous servlet dispatch, which passes the request through the filters a second time.
	 */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		CompletableFuture<WebGraphQlResponse> future = responseMono.toFuture();
		if (future.isDone() && !future.isCompletedExceptionally() && !future.isCancelled()) {
			if (super.prepareResponse(request, Mono.just(future.join())) instanceof AsyncServerResponse done) {
				return done.block();
			}
		}
		return super.prepareResponse(request, Mono.fromFuture(future));
	}

	private Map<String, Object> fromParameters(ServerRequest request) {
		Map<String, Object> body = new HashMap<>();
		request.param("query").ifPresent(q -> body.put("query", q));
		request.param("operationName").filter(n -> !n.isEmpty()).ifPresent(n -> body.put("operationName", n));
		request.param("variables").ifPresent(v -> body.put("variables", parseObject(v, "variables")));
		request.param("extensions").ifPresent(e -> body.put("extensions", parseObject(e, "extensions")));
		return body;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> fromBody(ServerRequest request) throws ServletException {
		var contentType = request.headers().contentType();
		if (contentType.isPresent() && !contentType.get().isCompatibleWith(MediaType.APPLICATION_JSON)) {
			throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send application/json");
		}
		try {
			Object body = json.readValue(request.servletRequest().getInputStream(), Object.class);
			if (body instanceof Map<?, ?> map) {
				checkTypes((Map<String, Object>) map);
				return (Map<String, Object>) map;
			}
		}
		catch (JacksonException | java.io.IOException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof BodySizeFilter.TooLarge tooLarge) {
					throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
				}
			}
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not valid JSON");
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body must be a JSON object");
	}

	private Object parseObject(String value, String name) {
		try {
			Object parsed = json.readValue(value, Object.class);
			if (parsed == null || parsed instanceof Map) {
				return parsed == null ? Map.of() : parsed;
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a JSON object");
	}

	private static void checkTypes(Map<String, Object> body) {
		for (String key : List.of("query", "operationName")) {
			if (body.get(key) != null && !(body.get(key) instanceof String)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, key + " must be a string");
			}
		}
		for (String key : List.of("variables", "extensions")) {
			if (body.get(key) != null && !(body.get(key) instanceof Map)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, key + " must be a JSON object");
			}
		}
	}

	private static @Nullable String text(Map<String, Object> body, String key) {
		return body.get(key) instanceof String s ? s : null;
	}

	private static @Nullable String hash(Map<String, Object> body) {
		if (body.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persistedQuery) {
			return persistedQuery.get("sha256Hash") instanceof String s ? s : "";
		}
		return null;
	}

	/** Whether the operation to run is a query; unparsable documents count as one (execution reports them). */
	private static boolean isQuery(String document, @Nullable String operationName) {
		List<OperationDefinition> operations;
		try {
			operations = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class);
		}
		catch (InvalidSyntaxException ex) {
			return true;
		}
		return operations.stream()
			.filter(o -> operationName == null || operationName.equals(o.getName()))
			.allMatch(o -> o.getOperation() == OperationDefinition.Operation.QUERY);
	}

	private static WebGraphQlResponse refusal(PersistedQueries.Refusal refusal) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message(refusal.message())
				.extensions(Map.of("code", refusal.code()))
				.build())
			.build();
		return new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(ExecutionInput.newExecutionInput("").build(), result));
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies().forEach((name, values) -> values
			.forEach(c -> cookies.add(name, new HttpCookie(c.getName(), c.getValue()))));
		return cookies;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
