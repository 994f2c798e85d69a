package cn.yongxing.silvergraph.ingest;

import org.jspecify.annotations.Nullable;

/** A problem with a write as the API reports it (GraphQL {@code UserError}). */
record UserError(String file, int line, @Nullable String field, @Nullable String value, ImportProblem.Code code,
		String message) {

	static UserError of(ImportProblem problem) {
		return new UserError(problem.file(), problem.line(), problem.column(), problem.value(), problem.code(),
				problem.reason());
	}

}
