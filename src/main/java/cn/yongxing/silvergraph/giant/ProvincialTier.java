package cn.yongxing.silvergraph.giant;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A provincial quality-SME tier (e.g. Hunan's 省级专精特新"小巨人"), read from
 * {@code classpath:provincial-tiers/*.yaml}: what the public record says about it, whether its
 * criteria are known, and how to find its designations and the goals that name it in the graph.
 *
 * @param code stable code
 * @param name Chinese name
 * @param nameEn English name
 * @param issuer the provincial authority that designates
 * @param designationKind designation kind of the tier in the graph
 * @param designationLevel designation level of the tier in the graph
 * @param goalNames a goal counts for this tier when its name mentions one of these
 * @param criteriaKnown whether the public record at hand gives the criteria (then a rule set exists)
 * @param gap what is known and what is missing
 * @param sources the public pages behind {@code gap}
 */
public record ProvincialTier(String code, String name, String nameEn, String issuer, String designationKind,
		String designationLevel, List<String> goalNames, boolean criteriaKnown, String gap, List<Reference> sources) {

	/** A public page. */
	public record Reference(String title, String publisher, @Nullable String date, String url) {
	}

}
