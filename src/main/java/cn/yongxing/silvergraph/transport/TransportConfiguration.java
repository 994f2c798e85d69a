package cn.yongxing.silvergraph.transport;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Spring Boot's GraphQL HTTP handler with {@link GraphQlEndpoint} and routes GET and POST
 * on the same path to it, ahead of Boot's route.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TransportConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TransportConfiguration.class);

	/**
	 * Controller methods run on the request's own thread. With virtual threads on, Boot gives the
	 * controller support an executor, which then starts every non-reactive controller method on a new
	 * thread; the request thread is already virtual, so blocking on it costs nothing, and the answer can
	 * be written without an asynchronous servlet dispatch ({@link GraphQlEndpoint}).
	 */
	@Bean
	static BeanPostProcessor controllersOnTheRequestThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof AnnotatedControllerConfigurer controllers) {
					controllers.setBlockingMethodPredicate(method -> false);
				}
				return bean;
			}
		};
	}

	@Bean
	PersistedQueries persistedQueries(TransportProperties properties, ResourcePatternResolver resources) {
		if (!properties.allowListOnly()) {
			return PersistedQueries.open(properties.persistedQueryCacheSize());
		}
		try {
			var documents = resources.getResources(properties.allowListLocation());
			log.info("Allow-list mode: only {} registered documents from {} may run", documents.length,
					properties.allowListLocation());
			return PersistedQueries.allowListFrom(documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Bean
	ParsedDocuments parsedDocuments(TransportProperties properties) {
		return new ParsedDocuments(properties.parsedDocumentCacheSize());
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache(ParsedDocuments documents) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * The same instrumentations, in the same order, as the chain Spring builds from them (it applies
	 * configurers after setting its own), chained without the per-field calls none of them implements.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer leanInstrumentation(
			org.springframework.beans.factory.ObjectProvider<graphql.execution.instrumentation.Instrumentation> all) {
		return builder -> builder.configureGraphQl(graphQl -> {
			var instrumentations = all.orderedStream().toList();
			if (!instrumentations.isEmpty()) {
				graphQl.instrumentation(new LeanInstrumentation(instrumentations));
			}
		});
	}

	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, PersistedQueries persisted, JsonMapper json,
			TransportProperties properties) {
		return new GraphQlEndpoint(handler, persisted, json, properties);
	}

	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlGetRoute(GraphQlHttpHandler endpoint, GraphQlProperties graphQl) {
		// POST too: Boot's POST route matches on Content-Type and Accept, and a request it does not match
		// would get a bare 415 instead of the endpoint's own 415 or 406 with a JSON body
		return RouterFunctions.route()
			.GET(graphQl.getHttp().getPath(), endpoint::handleRequest)
			.POST(graphQl.getHttp().getPath(), endpoint::handleRequest)
			.build();
	}

}
