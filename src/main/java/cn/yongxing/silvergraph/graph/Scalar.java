package cn.yongxing.silvergraph.graph;

import org.jspecify.annotations.Nullable;

/**
 * A scalar property of a node type or of a relation's relationships, declared once (on its
 * {@link NodeType} or {@link Relation}): {@link Filters} and {@link FilterSchema} derive from it the
 * operator input of {@code where} and the value of the {@code orderBy} enum.
 *
 * @param name the property (and GraphQL field) name
 * @param kind its GraphQL scalar type
 * @param orderName the {@code orderBy} enum value, null for the name in upper snake case
 * @param pinyin sorted by its pinyin collation key ({@code <name>Sort}, stored at write time)
 */
public record Scalar(String name, Kind kind, @Nullable String orderName, boolean pinyin) {

	/** The GraphQL scalar of a property and the operator input it is filtered with. */
	public enum Kind {

		STRING("String", "StringFilter"), INT("Int", "IntFilter"), FLOAT("Float", "FloatFilter"),
		BOOLEAN("Boolean", "BooleanFilter");

		final String graphQl;

		final String filter;

		Kind(String graphQl, String filter) {
			this.graphQl = graphQl;
			this.filter = filter;
		}

	}

	public static Scalar text(String name) {
		return new Scalar(name, Kind.STRING, null, false);
	}

	public static Scalar integer(String name) {
		return new Scalar(name, Kind.INT, null, false);
	}

	public static Scalar decimal(String name) {
		return new Scalar(name, Kind.FLOAT, null, false);
	}

	public static Scalar bool(String name) {
		return new Scalar(name, Kind.BOOLEAN, null, false);
	}

	/** Sorted by its pinyin collation key {@code <name>Sort} rather than by code point. */
	public Scalar collated() {
		return new Scalar(name, kind, orderName, true);
	}

	/** Named {@code value} in the {@code orderBy} enum (kept for an existing enum value). */
	public Scalar orderAs(String value) {
		return new Scalar(name, kind, value, pinyin);
	}

	/** The {@code orderBy} enum value: {@code latestOutputT} → {@code LATEST_OUTPUT_T}. */
	String orderValue() {
		return orderName != null ? orderName : constant(name);
	}

	/** A field name as an enum value: {@code parentPark} → {@code PARENT_PARK}. */
	static String constant(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

	/** The property sorted by: the collation key for a collated name, else the property itself. */
	String sortProperty() {
		return pinyin ? name + "Sort" : name;
	}

}
