package cn.yongxing.silvergraph.network;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The facts that make two actors partners, and the relationship type each is stored as. */
public enum LinkKind {

	COLLABORATION("COLLABORATES_WITH"), JOINT_PROJECT("PARTICIPATES_IN"), CO_PATENT("HOLDS"),
	CO_STANDARD("DRAFTED"), SUPPLY("SUPPLIES");

	private final String relationshipType;

	LinkKind(String relationshipType) {
		this.relationshipType = relationshipType;
	}

	/** The kinds asked for; every kind when none are named. */
	static List<LinkKind> orAll(@Nullable Collection<LinkKind> kinds) {
		return kinds == null || kinds.isEmpty() ? List.of(values()) : List.copyOf(kinds);
	}

	static List<String> names(Collection<LinkKind> kinds) {
		return kinds.stream().map(Enum::name).toList();
	}

	static List<String> relationshipTypes(Collection<LinkKind> kinds) {
		return kinds.stream().map(k -> k.relationshipType).toList();
	}

}
