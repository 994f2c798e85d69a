package cn.yongxing.silvergraph.synthetic;

import java.nio.file.Path;

/**
 * Command line generation: {@code java -jar silver-graph.jar generate --scale N [--seed S] --out DIR}
 * writes a synthetic cluster of {@code N × 1,000} enterprises as a dataset directory, which
 * {@code java -jar silver-graph.jar import DIR} (or {@code POST /import}) then loads.
 */
public final class GenerateCommand {

	private static final String USAGE = "usage: java -jar silver-graph.jar generate --scale N [--seed S] --out DIR";

	private GenerateCommand() {
	}

	/** Whether the arguments ask for a generation rather than the server. */
	public static boolean isGenerateInvocation(String[] args) {
		return args.length > 0 && args[0].equals("generate");
	}

	/** Runs the generation and returns the process exit code. */
	public static int run(String[] args) {
		Double scale = null;
		long seed = 1;
		Path out = null;
		try {
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--scale" -> scale = Double.parseDouble(args[++i]);
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--out" -> out = Path.of(args[++i]);
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
		}
		catch (RuntimeException ex) {
			System.err.println(ex.getMessage() + "\n" + USAGE);
			return 2;
		}
		if (scale == null || out == null) {
			System.err.println(USAGE);
			return 2;
		}
		long start = System.nanoTime();
		try {
			SyntheticCluster.Summary summary = SyntheticCluster.generate(scale, seed, out);
			summary.rows().forEach((file, n) -> System.out.printf("%-24s %9d rows%n", file, n));
			System.out.printf("GENERATED: %d enterprises, %d rows in %s (%.1f s)%n", summary.enterprises(),
					summary.totalRows(), out, (System.nanoTime() - start) / 1e9);
			return 0;
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
	}

}
