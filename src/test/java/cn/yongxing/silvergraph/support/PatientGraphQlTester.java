package cn.yongxing.silvergraph.support;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.stereotype.Component;

/**
 * Gives the auto-configured {@link HttpGraphQlTester} of integration tests a 30 s response timeout
 * instead of 5 s: on a loaded CI machine the first requests after start-up (cold JIT, index population
 * in the background) can take longer. The WebTestClient underneath gets the same through
 * {@code spring.test.webtestclient.timeout} in {@link GraphIntegrationTest}.
 */
@Component
class PatientGraphQlTester implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HttpGraphQlTester tester) {
			return tester.mutate().responseTimeout(Duration.ofSeconds(30)).build();
		}
		return bean;
	}

}
