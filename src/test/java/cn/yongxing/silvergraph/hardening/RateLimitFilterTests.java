package cn.yongxing.silvergraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Per-client rate limits: 429 with Retry-After once a client's permits are used, others unaffected. */
class RateLimitFilterTests {

	private final RateLimitFilter filter = new RateLimitFilter(new RateLimits(true, 3, Duration.ofSeconds(2), 100),
			new GraphQlProperties());

	@Test
	void answersTooManyRequestsWithRetryAfterOnceAClientUsedItsPermits() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("10.0.0.1", null).getStatus()).isEqualTo(200);
		}
		var refused = send("10.0.0.1", null);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
		assertThat(refused.getContentAsString()).contains("LIMIT_EXCEEDED");
		assertThat(send("10.0.0.2", null).getStatus()).as("another address").isEqualTo(200);
	}

	@Test
	void countsAnApiKeyAsItsOwnClientWhateverItsAddress() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("10.0.1." + i, "key-a").getStatus()).isEqualTo(200);
		}
		assertThat(send("10.0.1.9", "key-a").getStatus()).isEqualTo(429);
		assertThat(send("10.0.1.9", "key-b").getStatus()).isEqualTo(200);
	}

	@Test
	void leavesOtherPathsAlone() throws Exception {
		for (int i = 0; i < 5; i++) {
			var request = new MockHttpServletRequest("GET", "/actuator/health");
			var response = new MockHttpServletResponse();
			filter.doFilter(request, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	private MockHttpServletResponse send(String address, String apiKey) throws Exception {
		var request = new MockHttpServletRequest("POST", "/graphql");
		request.setRemoteAddr(address);
		if (apiKey != null) {
			request.addHeader("X-API-Key", apiKey);
		}
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
