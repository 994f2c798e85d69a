package cn.yongxing.silvergraph.transport;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Until start-up is over (seed loaded), the API is refused: a half-loaded graph would answer wrongly. */
class StartupGateTests {

	private final ShutdownDrain gate = new ShutdownDrain(Duration.ofSeconds(1));

	private final AtomicInteger served = new AtomicInteger();

	private MockHttpServletResponse send(String method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setServletPath(path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, (req, res) -> served.incrementAndGet());
		return response;
	}

	@Test
	void refusesGraphQlAndExportsWhileStartingWithRetryAfter() throws Exception {
		for (String[] call : new String[][] { { "POST", "/graphql" }, { "GET", "/graphql" }, { "HEAD", "/export" },
				{ "GET", "/export/network.csv" }, { "GET", "/app/" } }) {
			MockHttpServletResponse response = send(call[0], call[1]);
			assertThat(response.getStatus()).as("%s %s", call[0], call[1]).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("5");
			assertThat(response.getContentAsString()).contains("starting");
		}
		assertThat(served).hasValue(0);
	}

	@Test
	void healthProbesAnswerWhileStarting() throws Exception {
		assertThat(send("GET", "/actuator/health/readiness").getStatus()).isEqualTo(200);
		assertThat(served).hasValue(1);
	}

	@Test
	void servesOnceReady() throws Exception {
		gate.ready();
		assertThat(send("POST", "/graphql").getStatus()).isEqualTo(200);
		assertThat(served).hasValue(1);
		assertThat(gate.inFlight()).isZero();
	}

}
