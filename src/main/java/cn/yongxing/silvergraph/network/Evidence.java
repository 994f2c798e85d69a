package cn.yongxing.silvergraph.network;

import java.util.List;

import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/**
 * One fact behind a partner link.
 *
 * @param kind the kind of link the fact makes
 * @param fact what the fact says, readable, in English
 * @param via global id of the project, patent or standard the fact goes through, if any
 * @param sources where the fact comes from, with the cited sentences
 * @param factZh what the fact says, in Chinese
 */
public record Evidence(LinkKind kind, String fact, @Nullable String via, List<Source> sources, String factZh) {

	/** A fact that reads the same in both languages. */
	public Evidence(LinkKind kind, String fact, @Nullable String via, List<Source> sources) {
		this(kind, fact, via, sources, fact);
	}

}
