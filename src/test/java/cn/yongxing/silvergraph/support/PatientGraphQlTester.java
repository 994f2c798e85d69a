package cn.yongxing.silvergraph.support;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.stereotype.Component;

/**
 * Gives the auto-configured {@link HttpGraphQlTester} of integration tests a 30 s response timeout
 * instead of 5 s: on a loaded CI machine the first requests after start-up (cold JIT, index population
 * in the background) can take longer. The WebTestClient underneath waits as long.
 */
@Component
class PatientGraphQlTester implements BeanPostProcessor {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HttpGraphQlTester tester) {
			return tester.mutate()
				.webTestClient(client -> client.responseTimeout(TIMEOUT))
				.responseTimeout(TIMEOUT)
				.build();
		}
		return bean;
	}

}
