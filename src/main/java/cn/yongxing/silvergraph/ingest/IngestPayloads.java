package cn.yongxing.silvergraph.ingest;

import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.GraphNode;
import org.jspecify.annotations.Nullable;

/** Inputs and payloads of the write API (GraphQL types of the same names). */
final class IngestPayloads {

	private IngestPayloads() {
	}

	record FieldValue(String field, @Nullable String value) {
	}

	record UpsertInput(String kind, List<FieldValue> values, @Nullable String source, @Nullable String excerpt,
			@Nullable Boolean dryRun) {
	}

	record UpsertPayload(boolean accepted, boolean changed, @Nullable GraphNode node, List<UserError> errors) {
	}

	record UnlinkInput(String kind, List<FieldValue> values) {
	}

	record UnlinkPayload(int relationshipsRemoved, int nodesRemoved, List<UserError> errors) {
	}

	record DeleteNodeInput(String id) {
	}

	record DeleteNodePayload(@Nullable String deletedId, int relationshipsRemoved, List<UserError> errors) {
	}

	record DatasetFileInput(String name, String content) {
	}

	record ImportDatasetInput(List<DatasetFileInput> files, @Nullable Boolean dryRun) {
	}

	record FileRows(String file, int rows) {
	}

	record ImportDatasetPayload(boolean accepted, boolean dryRun, List<FileRows> files, int nodesCreated,
			int relationshipsCreated, int propertiesSet, List<UserError> errors) {

		static ImportDatasetPayload of(ImportReport report) {
			return new ImportDatasetPayload(report.accepted(), report.dryRun(),
					report.rows().entrySet().stream().map(e -> new FileRows(e.getKey(), e.getValue())).toList(),
					report.nodesCreated(), report.relationshipsCreated(), report.propertiesSet(),
					report.problems().stream().map(UserError::of).toList());
		}

		static ImportDatasetPayload invalid(String file, String message) {
			return new ImportDatasetPayload(false, false, List.of(), 0, 0, 0,
					List.of(new UserError(file, 0, null, null, ImportProblem.Code.INVALID_FILE, message)));
		}
	}

	record DatasetFile(String name, String content) {

		static List<DatasetFile> of(Dataset dataset) {
			return dataset.files().entrySet().stream().map(e -> new DatasetFile(e.getKey(), e.getValue())).toList();
		}
	}

	static Map<String, String> cells(List<FieldValue> values) {
		Map<String, String> cells = new java.util.LinkedHashMap<>();
		values.forEach(v -> cells.put(v.field(), v.value() == null ? "" : v.value()));
		return cells;
	}

}
