package cn.yongxing.silvergraph.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.yongxing.silvergraph.SilverGraphApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SIGTERM under load: the context closing (what the JVM's shutdown hook does on SIGTERM) lets every
 * request already running finish within the grace period, answers new ones 503, and only then stops the
 * web server and the database. Before, Tomcat's graceful shutdown did not see requests on virtual
 * threads and cut most of them.
 */
class ShutdownDrainIT {

	private static final String READ = "{\"query\":\"{ metals { symbol products { key producers { capacityT enterprise { name } } } } }\"}";

	private static final String SLOW = "{\"query\":\"{ sleepFixture(ms: 1500) }\"}";

	@Test
	void runningRequestsFinishAndNewOnesGet503WhileTheServiceDrains() throws Exception {
		ConfigurableApplicationContext app = start("10s", true);
		URI graphql = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
				+ "/graphql");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		post(http, graphql, "{\"query\":\"{ metals { symbol } }\"}");

		List<Future<HttpResponse<String>>> running = new ArrayList<>();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 40; i++) {
				running.add(clients.submit(() -> post(http, graphql, SLOW)));
			}
			// and readers of the database, each request on a new connection, until the service is gone
			AtomicBoolean stopped = new AtomicBoolean();
			ShutdownDrain drain = app.getBean(ShutdownDrain.class);
			// a failure of a request sent before the drain ended (less a moment for the connection to be
			// accepted) is a dropped request; one sent later may meet the port closing, which it may
			ConcurrentLinkedQueue<String> dropped = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
			for (int i = 0; i < 6; i++) {
				clients.submit(() -> {
					while (!stopped.get()) {
						long sent = System.nanoTime();
						try {
							HttpResponse<String> r = post(HttpClient.newHttpClient(), graphql, READ);
							long drainedAt = drain.drainedAt();
							if (drainedAt != 0 && sent >= drainedAt - 100_000_000L) {
								// sent as the server stops: like a refused connection, it may meet a socket
								// closing under its body (answered, then, as a request whose body is cut)
								continue;
							}
							statuses.add(r.statusCode());
							if (r.statusCode() == 200 && !r.body().contains("\"symbol\"")) {
								dropped.add("200 without data: " + r.body());
							}
							else if (r.statusCode() != 200 && r.statusCode() != 503) {
								dropped.add(r.statusCode() + " sent " + (sent - drain.drainedAt()) / 1_000_000 + " ms after the drain: "
										+ r.body());
							}
						}
						catch (IOException ex) {
							long drainedAt = drain.drainedAt();
							if (drainedAt == 0 || sent < drainedAt - 100_000_000L) {
								dropped.add(ex.toString());
							}
						}
					}
					return null;
				});
			}
			Thread.sleep(500);
			AtomicBoolean closing = new AtomicBoolean();
			long signalled = System.nanoTime();
			Future<?> close = clients.submit(() -> {
				closing.set(true);
				app.close();
			});
			// requests sent while draining: refused with 503, or (once the server stopped) not connected
			ConcurrentLinkedQueue<Object> late = new ConcurrentLinkedQueue<>();
			while (!drain.draining()) {
				Thread.onSpinWait();
			}
			while (!close.isDone()) {
				try {
					late.add(post(http, graphql, "{\"query\":\"{ metals { symbol } }\"}"));
				}
				catch (IOException refused) {
					late.add(refused);
				}
				Thread.sleep(50);
			}
			close.get();
			Duration drained = Duration.ofNanos(System.nanoTime() - signalled);
			stopped.set(true);

			for (Future<HttpResponse<String>> request : running) {
				HttpResponse<String> response = request.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("\"sleepFixture\":1500");
			}
			assertThat(closing).isTrue();
			assertThat(dropped).as("requests cut or answered without data").isEmpty();
			assertThat(statuses).as("answers to the readers").contains(200, 503).allMatch(s -> s == 200 || s == 503);
			// the close waited for the running requests (about 1 s of them left), not the grace period
			assertThat(drained).isGreaterThan(Duration.ofMillis(700)).isLessThan(Duration.ofSeconds(9));
			List<HttpResponse<?>> answered = new ArrayList<>();
			late.forEach(r -> {
				if (r instanceof HttpResponse<?> response) {
					answered.add(response);
				}
			});
			assertThat(answered).as("requests sent while draining").isNotEmpty().allSatisfy(r -> {
				assertThat(r.statusCode()).isEqualTo(503);
				assertThat(r.headers().firstValue("Retry-After")).isPresent();
				assertThat(r.body().toString()).contains("UNAVAILABLE");
			});
		}
		finally {
			app.close();
		}
	}

	@Test
	void aRequestLongerThanTheGracePeriodDoesNotHoldTheShutdown() throws Exception {
		ConfigurableApplicationContext app = start("1s", false);
		URI graphql = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
				+ "/graphql");
		HttpClient http = HttpClient.newHttpClient();
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			clients.submit(() -> post(http, graphql, "{\"query\":\"{ sleepFixture(ms: 20000) }\"}"));
			Thread.sleep(500);
			long signalled = System.nanoTime();
			app.close();
			assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(Duration.ofSeconds(10));
			clients.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext start(String grace, boolean seed) {
		// as arguments: the builder's properties would rank below application.yml
		return new SpringApplicationBuilder(SilverGraphApplication.class)
			.run("--silvergraph.embedded.data-directory=target/it-neo4j/" + UUID.randomUUID(),
					"--silvergraph.embedded.bolt-port=0", "--server.port=0", "--silvergraph.seed.enabled=" + seed,
					"--silvergraph.rate-limit.enabled=false", "--silvergraph.shutdown.grace-period=" + grace,
					"--spring.main.banner-mode=off");
	}

	private static HttpResponse<String> post(HttpClient http, URI uri, String body)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
