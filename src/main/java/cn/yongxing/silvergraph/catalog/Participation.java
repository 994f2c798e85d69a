package cn.yongxing.silvergraph.catalog;

import java.util.List;

import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.Props;
import cn.yongxing.silvergraph.graph.Relation;
import cn.yongxing.silvergraph.graph.Scalar;
import cn.yongxing.silvergraph.graph.Source;
import org.jspecify.annotations.Nullable;

/** A firm, institution or cluster taking part in a project ({@code PARTICIPATES_IN}). */
public record Participation(GraphNode participant, Project project, @Nullable String role, List<Source> sources) {

	/** The projects nodes of {@code participant} take part in: their {@code projects} field. */
	public static Relation takenBy(Class<? extends GraphNode> participant) {
		return participations(Relation.of(participant, "projects").out("PARTICIPATES_IN", Project.class));
	}

	/** The participants (of any label) of a project: its {@code participants} field. */
	public static Relation participants() {
		return participations(Relation.of(Project.class, "participants").in("PARTICIPATES_IN", GraphNode.class));
	}

	private static Relation participations(Relation path) {
		return path.edges(Participation.class, Participation::of, "participant", "project").properties(Scalar.text("role"));
	}

	/** A {@code PARTICIPATES_IN} relationship as read. */
	public static Participation of(Relation.Edge edge) {
		return new Participation(edge.startNode(), Project.from(edge.end()), Props.str(edge.relationship(), "role"),
				edge.sources());
	}

}
