package cn.yongxing.silvergraph.ingest;

import static cn.yongxing.silvergraph.ingest.Column.key;
import static cn.yongxing.silvergraph.ingest.Column.prop;
import static cn.yongxing.silvergraph.ingest.Column.ref;
import static cn.yongxing.silvergraph.ingest.Column.requiredProp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.ingest.ColumnType.Bool;
import cn.yongxing.silvergraph.ingest.ColumnType.Choice;
import cn.yongxing.silvergraph.ingest.ColumnType.Count;
import cn.yongxing.silvergraph.ingest.ColumnType.CreditCode;
import cn.yongxing.silvergraph.ingest.ColumnType.Date;
import cn.yongxing.silvergraph.ingest.ColumnType.Fraction;
import cn.yongxing.silvergraph.ingest.ColumnType.ListOf;
import cn.yongxing.silvergraph.ingest.ColumnType.PatentNumber;
import cn.yongxing.silvergraph.ingest.ColumnType.Quantity;
import cn.yongxing.silvergraph.ingest.ColumnType.Ref;
import cn.yongxing.silvergraph.ingest.ColumnType.StandardCode;
import cn.yongxing.silvergraph.ingest.ColumnType.Text;
import cn.yongxing.silvergraph.ingest.ColumnType.Url;
import cn.yongxing.silvergraph.ingest.ColumnType.TypedRef;
import cn.yongxing.silvergraph.ingest.ColumnType.Year;

/**
 * The dataset format documented in {@code seed/README.md}, as data: every file, in load order (a
 * file only references labels defined by files before it or already in the database).
 */
final class DatasetFormat {

	static final List<FileSpec> FILES;

	static final Map<String, FileSpec> BY_FILE;

	private static final Text TEXT = new Text();

	private static final Choice QUALIFIER = Choice.of("EXACT", "APPROX", "NEARLY", "OVER", "UNDER");

	private static final Choice BASIS = Choice.of("OBSERVED", "TEMPLATE");

	private static final Choice LEVEL = Choice.of("NATIONAL", "PROVINCIAL", "CITY", "COUNTY", "UNKNOWN");

	static {
		List<FileSpec> f = new ArrayList<>();
		f.add(node("sources.csv", "Source", false, key("key"), requiredProp("title", TEXT), prop("publisher", TEXT),
				prop("date", new Date(true)), prop("url", new Url()),
				requiredProp("kind", Choice.of("ARTICLE", "REPORT", "TECHNICAL_REFERENCE", "STANDARD", "SYNTHETIC")),
				prop("note", TEXT)));
		f.add(node("regions.csv", "Region", false, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				requiredProp("level", Choice.of("PROVINCE", "CITY", "COUNTY")), ref("parent", new Ref("Region"), false)));
		f.add(node("clusters.csv", "Cluster", false, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				prop("nickname", TEXT), prop("nicknameEn", TEXT), ref("region", new Ref("Region"), false)));
		f.add(node("parks.csv", "Park", true, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				requiredProp("kind", Choice.of("ZONE", "PARK", "CORRIDOR")),
				prop("layout", Choice.of("CURRENT", "FORMER", "BOTH")),
				prop("status", Choice.of("ACTIVE", "MERGED", "PLANNED", "UNDER_CONSTRUCTION")),
				ref("parent", new Ref("Park"), false), ref("region", new Ref("Region"), false)));
		f.add(node("metals.csv", "Metal", true, key("symbol"), requiredProp("name", TEXT), requiredProp("nameZh", TEXT),
				requiredProp("group", Choice.of("PRECIOUS", "PGM", "SCATTERED", "BASE", "RARE"))));
		f.add(node("chains.csv", "IndustryChain", false, key("key"), ref("metal", new Ref("Metal"), true),
				requiredProp("name", TEXT), prop("nameEn", TEXT)));
		f.add(node("stages.csv", "ChainStage", false, key("key"), ref("chain", new Ref("IndustryChain"), true),
				requiredProp("order", new Count()),
				requiredProp("kind", Choice.of("COLLECTION", "PRETREATMENT", "SMELTING", "REFINING", "HIGH_PURITY",
						"DEEP_PROCESSING", "APPLICATION")),
				requiredProp("name", TEXT), prop("nameEn", TEXT)));
		f.add(node("materials.csv", "Material", true, key("key"), requiredProp("name", TEXT), prop("nameZh", TEXT),
				prop("category", TEXT)));
		f.add(node("products.csv", "Product", true, key("key"), requiredProp("name", TEXT), prop("nameZh", TEXT),
				ref("metal", new Ref("Metal"), false), ref("stages", new ListOf(new Ref("ChainStage")), false),
				prop("purity", TEXT), requiredProp("basis", BASIS)));
		f.add(node("enterprises.csv", "Enterprise", true, key("key"), prop("creditCode", new CreditCode()),
				requiredProp("name", TEXT), prop("nameEn", TEXT), prop("shortName", TEXT), prop("founded", new Year()),
				prop("employees", new Count()), prop("rdStaff", new Count()), requiredProp("local", new Bool()),
				prop("ownership", Choice.of("PRIVATE", "SOE", "LISTED", "FOREIGN", "UNKNOWN")),
				ref("park", new Ref("Park"), false), ref("region", new Ref("Region"), false),
				prop("listing", new ListOf(TEXT)), prop("identityUncertain", new Bool()), prop("identityNote", TEXT)));
		f.add(node("institutions.csv", "Institution", true, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				requiredProp("kind", Choice.of("UNIVERSITY", "INSTITUTE", "LAB", "ASSOCIATION", "ACADEMY")),
				prop("city", TEXT), ref("region", new Ref("Region"), false)));
		f.add(node("platforms.csv", "Platform", true, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				requiredProp("kind", Choice.of("TECH_CENTRE", "SERVICE_PLATFORM", "DEMONSTRATION", "PILOT_BASE", "LAB")),
				prop("level", LEVEL), ref("operator", TypedRef.of("Enterprise", "Institution"), false)));
		f.add(node("projects.csv", "Project", true, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				prop("programme", TEXT), prop("status", Choice.of("PLANNED", "ONGOING", "PILOT", "COMPLETED")),
				prop("started", new Date())));
		f.add(node("patents.csv", "Patent", true, new Column("number", new PatentNumber(), true, true), requiredProp("title", TEXT),
				requiredProp("type", Choice.of("INVENTION", "UTILITY_MODEL", "DESIGN")), prop("ipc", new ListOf(TEXT)),
				prop("filed", new Date()), prop("granted", new Date())));
		f.add(node("standards.csv", "Standard", true, key("key"), prop("code", new StandardCode()), requiredProp("title", TEXT),
				prop("titleEn", TEXT), prop("level", Choice.of("NATIONAL", "INDUSTRY", "LOCAL", "GROUP")),
				prop("status", Choice.of("PROJECT", "PUBLISHED")), ref("metal", new Ref("Metal"), false)));
		f.add(node("designations.csv", "Designation", true, key("key"), requiredProp("name", TEXT), prop("nameEn", TEXT),
				prop("level", LEVEL), requiredProp("kind", Choice.of("SINGLE_CHAMPION", "GREEN_FACTORY", "HIGH_TECH",
						"LITTLE_GIANT", "SPECIALISED_SME", "LISTED", "CHINA_500", "SOE", "TITLE",
						// quality-SME evidence read by the giant rules
						"CERTIFICATION", "BRAND", "SCIENCE_AWARD", "COMPETITION", "DIGITAL", "PRODUCT_FIELD"))));
		f.add(node("indicators.csv", "Indicator", false, key("key"),
				ref("subject", TypedRef.of("Cluster", "Enterprise", "Park", "Metal", "Region"), true),
				requiredProp("name", TEXT), prop("nameEn", TEXT), requiredProp("value", new Quantity(true)),
				prop("unit", TEXT), prop("qualifier", QUALIFIER), prop("year", new Year()), prop("period", TEXT),
				requiredProp("kind", Choice.of("FIGURE", "GOAL")), prop("measure", TEXT), prop("definition", TEXT),
				// what a figure counts, for the analyses that read it (LOCAL_FIRMS: the enterprises of the subject)
				prop("counts", Choice.of("LOCAL_FIRMS"))));

		f.add(rel("feeds.csv", ref("from", TypedRef.of("Product", "Material"), true),
				ref("to", new Ref("Product"), true), requiredProp("basis", BASIS)));
		f.add(rel("produces.csv", ref("enterprise", new Ref("Enterprise"), true), ref("product", new Ref("Product"), true),
				prop("capacityT", new Quantity(false)), prop("outputT", new Quantity(false)), prop("year", new Year()),
				prop("purity", TEXT), requiredProp("status", Choice.of("PRODUCTION", "PILOT", "PLANNED"))));
		f.add(rel("processes.csv", ref("enterprise", new Ref("Enterprise"), true),
				ref("material", new Ref("Material"), true), prop("volumeT", new Quantity(false)), prop("year", new Year())));
		f.add(rel("supplies.csv", ref("from", new Ref("Enterprise"), true), ref("to", new Ref("Enterprise"), true),
				requiredProp("product", new Ref("Product")), prop("volumeT", new Quantity(false)),
				requiredProp("year", new Year())));
		f.add(rel("holds.csv", ref("holder", TypedRef.of("Enterprise", "Institution"), true),
				ref("patent", new Ref("Patent"), true)));
		f.add(rel("concerns.csv", ref("subject", TypedRef.of("Patent", "Standard", "Project"), true),
				ref("object", TypedRef.of("Metal", "Product"), true)));
		// a Cluster drafter: the cluster's firms collectively, when a source does not name them
		f.add(rel("drafted.csv", ref("drafter", TypedRef.of("Enterprise", "Institution", "Cluster"), true),
				ref("standard", new Ref("Standard"), true), prop("role", Choice.of("LEAD", "PARTICIPANT"))));
		f.add(rel("collaborations.csv", ref("enterprise", new Ref("Enterprise"), true),
				ref("institution", new Ref("Institution"), true), prop("since", new Year()),
				requiredProp("kind", Choice.of("JOINT_RND", "PILOT", "PLANNING", "CONSULTING", "PLATFORM")),
				prop("project", new Ref("Project"))));
		f.add(rel("participations.csv", ref("participant", TypedRef.of("Enterprise", "Institution", "Cluster"), true),
				ref("project", new Ref("Project"), true), prop("role", TEXT)));
		f.add(rel("designations_held.csv", ref("holder", TypedRef.of("Enterprise", "Cluster", "Park"), true),
				ref("designation", new Ref("Designation"), true), prop("year", new Year()), prop("level", LEVEL),
				prop("product", new Ref("Product"))));
		f.add(rel("investments.csv", ref("enterprise", new Ref("Enterprise"), true),
				ref("target", TypedRef.of("Park", "Cluster"), true),
				requiredProp("kind", Choice.of("SETTLED", "INVESTED", "COOPERATES", "UNSPECIFIED")), prop("year", new Year())));
		f.add(rel("shares.csv", ref("metal", new Ref("Metal"), true),
				ref("holder", TypedRef.of("Cluster", "Enterprise"), true),
				requiredProp("scope", Choice.of("NATIONAL", "GLOBAL", "PROVINCIAL")),
				requiredProp("basis", Choice.of("OUTPUT", "CAPACITY")), requiredProp("value", new Fraction()),
				requiredProp("year", new Year()), prop("qualifier", QUALIFIER), prop("definition", TEXT)));
		f.add(rel("outputs.csv", ref("metal", new Ref("Metal"), true),
				ref("holder", TypedRef.of("Cluster", "Enterprise"), true), requiredProp("year", new Year()),
				requiredProp("tonnes", new Quantity(false)), prop("qualifier", QUALIFIER), prop("definition", TEXT)));
		f.add(rel("targets.csv", ref("holder", TypedRef.of("Cluster", "Park"), true),
				ref("target", TypedRef.of("Product", "Metal"), true),
				requiredProp("kind", Choice.of("DEEP_PROCESSING", "CORRIDOR", "LOCAL_PROCESSING", "OUTPUT"))));
		f.add(rel("financials.csv", ref("enterprise", new Ref("Enterprise"), true), requiredProp("year", new Year()),
				prop("revenue", new Quantity(false)), prop("mainBusinessRevenue", new Quantity(false)),
				prop("rdExpense", new Quantity(false)), prop("netProfit", new Quantity(true)),
				prop("debtRatio", new Quantity(false)), prop("equityRaised", new Quantity(false)),
				prop("employees", new Count()), prop("rdStaff", new Count())));
		FILES = List.copyOf(f);
		BY_FILE = FileSpec.byFile(FILES);
	}

	private DatasetFormat() {
	}

	private static FileSpec node(String file, String label, boolean searchable, Column... columns) {
		return new FileSpec(file, label, columns[0].name(), withProvenance(file, false, columns), searchable);
	}

	private static FileSpec rel(String file, Column... columns) {
		return new FileSpec(file, null, null, withProvenance(file, true, columns), false);
	}

	/**
	 * Every file but {@code sources.csv} cites a source and the sentence a fact comes from: nodes as a
	 * {@code CITED_BY} relationship, relationships as their own properties.
	 */
	private static List<Column> withProvenance(String file, boolean stored, Column... columns) {
		List<Column> all = new ArrayList<>(List.of(columns));
		if (!file.equals("sources.csv")) {
			all.add(new Column("source", new Ref("Source"), true, stored));
			all.add(new Column("excerpt", TEXT, true, stored));
		}
		return List.copyOf(all);
	}

}
