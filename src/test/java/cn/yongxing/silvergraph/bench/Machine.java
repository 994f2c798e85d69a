package cn.yongxing.silvergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine looked like while measuring: load average and resident memory (Linux /proc). */
final class Machine {

	private Machine() {
	}

	static String uptime() {
		try {
			String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return "load average %s, %s, %s".formatted(load[0], load[1], load[2]);
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static String rssOfSelf() {
		return rss(ProcessHandle.current().pid());
	}

	static String rss(long pid) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
				.filter(l -> l.startsWith("VmRSS:") || l.startsWith("VmHWM:"))
				.map(l -> l.replaceAll("\\s+", " ").trim())
				.reduce((a, b) -> a + ", " + b)
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
