package cn.yongxing.silvergraph.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves GraphiQL from local assets at {@code /graphiql} (Spring's own page loads them from a CDN). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/graphiql", "/graphiql/");
		registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
	}

}
