package cn.yongxing.silvergraph.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads partner links: one statement returns every fact incident to a set of partners, which are
 * folded here into links (one per pair and kind, weighted by the number of facts).
 */
@Component
class PartnerLinks {

	private final GraphReader reader;

	private final NetworkCypher cypher;

	PartnerLinks(GraphReader reader, NetworkCypher cypher) {
		this.reader = reader;
		this.cypher = cypher;
	}

	/** The partners named by the ids that exist. */
	Map<String, Partner> partners(Collection<String> ids) {
		Map<String, Partner> found = new LinkedHashMap<>();
		reader.list("network.node", cypher.node, Map.of("ids", List.copyOf(ids)), r -> Partner.from(r.get("a")))
			.forEach(p -> found.put(p.id(), p));
		return found;
	}

	/** Links of the given partners, at most {@code rowLimit} facts (see {@link Step#cut}). */
	Step around(Collection<String> ids, List<LinkKind> kinds, int rowLimit) {
		return around(ids, kinds, rowLimit, List.of(), null);
	}

	/**
	 * Links of the given partners to the partners in {@code known} and to at most {@code fresh} others
	 * (any number when null), those tied to {@code ids} by the most facts first; at most {@code rowLimit}
	 * facts, grouped by partner in that order.
	 */
	Step around(Collection<String> ids, List<LinkKind> kinds, int rowLimit, Collection<String> known,
			@Nullable Integer fresh) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.copyOf(ids));
		params.put("kinds", LinkKind.names(kinds));
		params.put("rowLimit", rowLimit);
		params.put("known", List.copyOf(known));
		params.put("fresh", fresh);
		// no room for other partners: links to them are dropped before anything is read from them
		params.put("only", Integer.valueOf(0).equals(fresh) ? List.copyOf(known) : null);
		List<Record> rows = reader.list("network.frontier", cypher.frontier, params, r -> r);
		Map<String, Partner> partners = new LinkedHashMap<>();
		Map<String, Builder> links = new LinkedHashMap<>();
		for (Record row : rows) {
			Partner a = Partner.from(row.get("a"));
			Partner b = Partner.from(row.get("b"));
			partners.putIfAbsent(a.id(), a);
			partners.putIfAbsent(b.id(), b);
			LinkKind kind = LinkKind.valueOf(row.get("kind").asString());
			String from;
			String to;
			if (kind == LinkKind.SUPPLY) {
				boolean out = "OUT".equals(row.get("direction").asString());
				from = out ? a.id() : b.id();
				to = out ? b.id() : a.id();
			}
			else {
				from = a.id().compareTo(b.id()) <= 0 ? a.id() : b.id();
				to = from.equals(a.id()) ? b.id() : a.id();
			}
			String via = row.get("via").isNull() ? null : row.get("via").asString();
			Evidence evidence = new Evidence(kind, row.get("fact").asString(), via, sources(row.get("cites")),
					row.get("factZh").asString());
			links.computeIfAbsent(from + "|" + to + "|" + kind, k -> new Builder(from, to, kind)).add(evidence);
		}
		return new Step(partners, links.values().stream().map(Builder::build).toList(), rows.size() >= rowLimit);
	}

	private static List<Source> sources(Value cites) {
		Map<String, Source> distinct = new LinkedHashMap<>();
		for (Value cite : cites.values()) {
			Value src = cite.get("src");
			if (!src.isNull()) {
				String excerpt = cite.get("excerpt").isNull() ? null : cite.get("excerpt").asString();
				distinct.putIfAbsent(src.get("key").asString() + "|" + excerpt, Source.from(src, excerpt));
			}
		}
		return List.copyOf(distinct.values());
	}

	/**
	 * Links found around some partners.
	 *
	 * @param partners every partner that appears in a link (the asked ones included)
	 * @param links the links, each with its distinct facts
	 * @param cut whether the fact limit was reached, so some links may be missing
	 */
	record Step(Map<String, Partner> partners, List<PartnerLink> links, boolean cut) {
	}

	private static final class Builder {

		private final String from;

		private final String to;

		private final LinkKind kind;

		private final Map<String, Evidence> evidence = new LinkedHashMap<>();

		Builder(String from, String to, LinkKind kind) {
			this.from = from;
			this.to = to;
			this.kind = kind;
		}

		void add(Evidence e) {
			// the same fact is found from both ends when both are asked for
			evidence.putIfAbsent(e.fact() + "|" + e.via(), e);
		}

		PartnerLink build() {
			return new PartnerLink(from, to, kind, evidence.size(), new ArrayList<>(evidence.values()));
		}

	}

}
