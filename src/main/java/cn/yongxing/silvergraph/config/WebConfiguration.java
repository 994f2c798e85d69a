package cn.yongxing.silvergraph.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL from local assets at {@code /graphiql} (Spring's own page loads them from a CDN) and the web app
 * at {@code /app/} ({@code /} redirects there).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
		// the web app (static/app): chain map, gap cards, profiles, partner network, search
		registry.addRedirectViewController("/", "/app/");
		registry.addRedirectViewController("/app", "/app/");
		registry.addViewController("/app/").setViewName("forward:/app/index.html");
	}

}
