package cn.yongxing.silvergraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.GlobalId;
import cn.yongxing.silvergraph.graph.GraphNode;
import cn.yongxing.silvergraph.graph.GraphReader;
import cn.yongxing.silvergraph.graph.NodeMapper;
import cn.yongxing.silvergraph.ingest.IngestPayloads.DatasetFile;
import cn.yongxing.silvergraph.ingest.IngestPayloads.DeleteNodeInput;
import cn.yongxing.silvergraph.ingest.IngestPayloads.DeleteNodePayload;
import cn.yongxing.silvergraph.ingest.IngestPayloads.ImportDatasetInput;
import cn.yongxing.silvergraph.ingest.IngestPayloads.ImportDatasetPayload;
import cn.yongxing.silvergraph.ingest.IngestPayloads.UnlinkInput;
import cn.yongxing.silvergraph.ingest.IngestPayloads.UnlinkPayload;
import cn.yongxing.silvergraph.ingest.IngestPayloads.UpsertInput;
import cn.yongxing.silvergraph.ingest.IngestPayloads.UpsertPayload;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/**
 * The write API: single-record upserts, unlinks and deletes, inline dataset import, export and the
 * audit trail. Roles are declared on the schema fields ({@code @requires}).
 */
@Controller
class IngestController {

	private final RecordWriter writer;

	private final DatasetImporter importer;

	private final DatasetExporter exporter;

	private final GraphReader reader;

	private final NodeMapper nodes;

	IngestController(RecordWriter writer, DatasetImporter importer, DatasetExporter exporter, GraphReader reader,
			NodeMapper nodes) {
		this.writer = writer;
		this.importer = importer;
		this.exporter = exporter;
		this.reader = reader;
		this.nodes = nodes;
	}

	@MutationMapping
	UpsertPayload upsert(@Argument UpsertInput input) {
		Map<String, String> cells = IngestPayloads.cells(input.values());
		if (!input.kind().equals("SOURCES")) {
			cells.put("source", input.source() == null ? "" : input.source());
			cells.put("excerpt", input.excerpt() == null ? "" : input.excerpt());
		}
		boolean dryRun = Boolean.TRUE.equals(input.dryRun());
		String label = RecordWriter.labelOf(input.kind()).orElse(null);
		String key = RecordWriter.keyColumnOf(input.kind()).map(c -> cells.getOrDefault(c, "")).orElse("");
		String target = label != null && !key.isEmpty() ? GlobalId.of(label, key) : input.kind();
		ImportReport report = writer.upsert(input.kind(), cells, dryRun, change("upsert", target));
		GraphNode node = report.accepted() && !dryRun && label != null ? load(target) : null;
		return new UpsertPayload(report.accepted(), report.changedGraph(), node,
				report.problems().stream().map(UserError::of).toList());
	}

	@MutationMapping
	UnlinkPayload unlink(@Argument UnlinkInput input) {
		var removal = writer.unlink(input.kind(), IngestPayloads.cells(input.values()), change("unlink", input.kind()));
		return new UnlinkPayload(removal.relationshipsRemoved(), removal.nodesRemoved(),
				removal.problems().stream().map(UserError::of).toList());
	}

	@MutationMapping
	DeleteNodePayload deleteNode(@Argument DeleteNodeInput input) {
		GlobalId id = GlobalId.parse(input.id());
		var removal = writer.deleteNode(id.label(), id.key(), change("deleteNode", id.toString()));
		return new DeleteNodePayload(removal.problems().isEmpty() ? id.toString() : null,
				removal.relationshipsRemoved(), removal.problems().stream().map(UserError::of).toList());
	}

	@MutationMapping
	ImportDatasetPayload importDataset(@Argument ImportDatasetInput input) {
		Map<String, String> texts = new LinkedHashMap<>();
		input.files().forEach(f -> texts.put(f.name(), f.content()));
		Dataset dataset;
		try {
			dataset = Dataset.of(texts);
		}
		catch (IllegalArgumentException ex) {
			return ImportDatasetPayload.invalid(String.join(", ", texts.keySet()), ex.getMessage());
		}
		return ImportDatasetPayload.of(importer.importDataset(dataset, Boolean.TRUE.equals(input.dryRun()),
				change("import", "inline dataset " + texts.keySet())));
	}

	@QueryMapping
	List<DatasetFile> exportDataset() {
		return DatasetFile.of(exporter.export());
	}

	@QueryMapping
	List<AuditTrail.Entry> auditTrail(@Argument @Nullable String action, @Argument @Nullable Integer first) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("action", action);
		params.put("first", Math.clamp(first == null ? 50 : first, 1, 1000));
		return reader.list("auditTrail", """
				MATCH (a:AuditEntry) WHERE $action IS NULL OR a.action = $action
				RETURN a ORDER BY a.at DESC LIMIT $first""", params, r -> AuditTrail.Entry.from(r.get("a")));
	}

	private @Nullable GraphNode load(String globalId) {
		GlobalId id = GlobalId.parse(globalId);
		return reader.one("upserted", "MATCH (n:$($label) {key: $key}) RETURN n",
				Map.of("label", id.label(), "key", id.key()), r -> nodes.map(r.get("n"))).orElse(null);
	}

	/** The current caller as the audit trail names them. */
	static Change change(String action, String target) {
		var caller = SecurityContextHolder.getContext().getAuthentication();
		return new Change(caller == null ? "anonymous" : caller.getName(), action, target);
	}

}
