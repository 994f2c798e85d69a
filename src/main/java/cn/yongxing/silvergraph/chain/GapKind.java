package cn.yongxing.silvergraph.chain;

/** Kinds of chain gaps, as DESIGN.md defines them. */
public enum GapKind {

	/** No local producer while local firms make its inputs or it (or its output) is a development target. */
	MISSING,
	/** One local producer, only pilot-stage producers, or local capacity below local downstream demand. */
	WEAK,
	/** Most local output is supplied to enterprises outside the scope. */
	LEAKAGE,
	/** Local production but no local patents or standards concern it. */
	INNOVATION

}
