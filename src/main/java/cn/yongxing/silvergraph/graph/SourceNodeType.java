package cn.yongxing.silvergraph.graph;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sources are nodes too: {@code node(id: "Source:…")} returns the document without an excerpt. */
@Configuration(proxyBeanMethods = false)
class SourceNodeType {

	@Bean
	static NodeType sourceNode() {
		return new NodeType(Source.class, n -> Source.from(n, null)).scalars(Scalar.text("title"), Scalar.text("publisher"),
				Scalar.text("date"), Scalar.text("kind"));
	}

}
