package cn.yongxing.silvergraph.ingest;

import java.util.List;
import java.util.Map;

/**
 * The outcome of importing one dataset: accepted (and written, unless a dry run) or rejected with
 * every problem found.
 *
 * @param accepted whether the dataset passed validation
 * @param dryRun whether writing was skipped on purpose
 * @param rows rows read per file
 * @param nodesCreated nodes created in the database (0 for a dry run or an idempotent re-import)
 * @param relationshipsCreated relationships created
 * @param propertiesSet properties written
 * @param problems every problem found; empty when accepted
 */
public record ImportReport(boolean accepted, boolean dryRun, Map<String, Integer> rows, int nodesCreated,
		int relationshipsCreated, int propertiesSet, List<ImportProblem> problems) {

	/** Whether anything in the graph changed. */
	public boolean changedGraph() {
		return nodesCreated + relationshipsCreated + propertiesSet > 0;
	}

}
