package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Per-client rate limits: 429 with Retry-After once a client's permits are used, others unaffected;
 * every path counts by its decoded form; exports have a budget and a bound of their own. (Which
 * credentials make a client is {@code RateLimitIT}'s part.)
 */
class RateLimitFilterTests {

	/** A client is the test header's value (standing in for a verified identity), else the address. */
	private static String client(HttpServletRequest request) {
		String verified = request.getHeader("X-Verified");
		return verified != null ? "key:" + verified : "ip:" + request.getRemoteAddr();
	}

	private final RateLimitFilter filter = new RateLimitFilter(
			new RateLimits(true, 3, Duration.ofSeconds(2), 100, 2, Duration.ofMinutes(1), 1), RateLimitFilterTests::client);

	@Test
	void answersTooManyRequestsWithRetryAfterOnceAClientUsedItsPermits() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("10.0.0.1", null, "/graphql").getStatus()).isEqualTo(200);
		}
		var refused = send("10.0.0.1", null, "/graphql");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
		assertThat(refused.getContentAsString()).contains("LIMIT_EXCEEDED");
		assertThat(send("10.0.0.2", null, "/graphql").getStatus()).as("another address").isEqualTo(200);
	}

	@Test
	void countsAVerifiedClientAsItselfWhateverItsAddress() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("10.0.1." + i, "key-a", "/graphql").getStatus()).isEqualTo(200);
		}
		assertThat(send("10.0.1.9", "key-a", "/graphql").getStatus()).isEqualTo(429);
		assertThat(send("10.0.1.9", "key-b", "/graphql").getStatus()).isEqualTo(200);
	}

	@Test
	void countsEveryPathByItsDecodedFormNotAListOfKnownOnes() throws Exception {
		assertThat(send("10.0.2.1", null, "/%67raphql").getStatus()).isEqualTo(200);
		assertThat(send("10.0.2.1", null, "/graphiql/app.js").getStatus()).isEqualTo(200);
		assertThat(send("10.0.2.1", null, "/anything").getStatus()).isEqualTo(200);
		assertThat(send("10.0.2.1", null, "/graphql").getStatus()).isEqualTo(429);
	}

	@Test
	void leavesHealthProbesAlone() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(send("10.0.3.1", null, "/actuator/health/readiness").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void givesExportsABudgetOfTheirOwn() throws Exception {
		assertThat(send("10.0.4.1", null, "/%65xport").getStatus()).isEqualTo(200);
		assertThat(send("10.0.4.1", null, "/export/network.csv").getStatus()).isEqualTo(200);
		var refused = send("10.0.4.1", null, "/export");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("\"limit\":\"exportRate\"");
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
	}

	@Test
	void runsAtMostTheConfiguredNumberOfExportsAtOnce() throws Exception {
		var inside = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var status = new AtomicInteger();
		Thread first = Thread.ofVirtual().start(() -> {
			try {
				var request = request("10.0.5.1", "key-slow", "/export");
				filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
					inside.countDown();
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		inside.await();
		var refused = send("10.0.5.2", "key-other", "/export");
		status.set(refused.getStatus());
		release.countDown();
		first.join();
		assertThat(status.get()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("\"limit\":\"concurrentExports\"");
		assertThat(send("10.0.5.2", "key-other", "/export").getStatus()).as("once the first is done").isEqualTo(200);
	}

	private static MockHttpServletRequest request(String address, String verified, String uri) {
		var request = new MockHttpServletRequest("POST", uri);
		request.setRemoteAddr(address);
		if (verified != null) {
			request.addHeader("X-Verified", verified);
		}
		return request;
	}

	private MockHttpServletResponse send(String address, String verified, String uri) throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(request(address, verified, uri), response, new MockFilterChain());
		return response;
	}

}
