package cn.yongxing.silvergraph.transport;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP transport settings.
 *
 * @param getMaxAge how long HTTP caches may keep an error-free GET query response
 * @param persistedQueryCacheSize most automatically persisted documents kept (least recently used go)
 * @param allowListOnly run only the documents under {@code allowListLocation}; unknown ones are refused
 * @param allowListLocation resource pattern of the registered {@code .graphql} documents
 * @param parsedDocumentCacheSize most parsed and validated documents kept for reuse
 * @param maxBodySize largest request body other than a multipart upload (413 above it)
 */
@ConfigurationProperties("silvergraph.http")
public record TransportProperties(@DefaultValue("30s") Duration getMaxAge,
		@DefaultValue("1000") int persistedQueryCacheSize, @DefaultValue("false") boolean allowListOnly,
		@DefaultValue("classpath*:persisted-queries/*.graphql") String allowListLocation,
		@DefaultValue("500") int parsedDocumentCacheSize, @DefaultValue("1MB") DataSize maxBodySize) {
}
