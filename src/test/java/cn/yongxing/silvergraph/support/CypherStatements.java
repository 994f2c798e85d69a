package cn.yongxing.silvergraph.support;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Counts the read statements the service sent, from the {@code silvergraph.cypher} timers. */
public final class CypherStatements {

	private CypherStatements() {
	}

	public static long sent(MeterRegistry meters) {
		return meters.find("silvergraph.cypher").timers().stream().mapToLong(Timer::count).sum();
	}

}
