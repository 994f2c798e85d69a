package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of every connection and list argument.
 *
 * @param defaultSize size when the client gives none
 * @param maxSize largest size a client may ask for; more is a BAD_USER_INPUT error
 */
@ConfigurationProperties("silvergraph.paging")
public record PageLimits(@DefaultValue("20") int defaultSize, @DefaultValue("100") int maxSize) {

	/** The size to use for a requested size, or an error naming the limit. */
	public int pageSize(@Nullable Integer requested) {
		if (requested == null) {
			return defaultSize;
		}
		if (requested < 0) {
			throw new BadInputException("Page size must not be negative (got " + requested + ")");
		}
		if (requested > maxSize) {
			throw new BadInputException("Page size " + requested + " exceeds the maximum of " + maxSize);
		}
		return requested;
	}

}
