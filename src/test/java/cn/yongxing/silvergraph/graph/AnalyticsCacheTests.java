package cn.yongxing.silvergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AnalyticsCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final AnalyticsCache cache = new AnalyticsCache(Duration.ofMinutes(5), Duration.ZERO, now::get);

	private final AtomicInteger computed = new AtomicInteger();

	private Integer compute() {
		return computed.incrementAndGet();
	}

	@Test
	void shouldComputeOncePerGraphVersion() {
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(1);
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(1);
		assertThat(cache.<Integer>get("other", this::compute)).isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	@Test
	void shouldComputeAgainAfterTheServiceWroteToTheGraph() {
		cache.get("k", this::compute);
		cache.graphChanged(new GraphChanged("upsert"));
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(2);
		assertThat(cache.version()).isEqualTo(1);
	}

	@Test
	void shouldComputeAgainOnceAnEntryOutlivesItsTimeToLive() {
		cache.get("k", this::compute);
		now.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(1);
		now.addAndGet(1);
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(2);
	}

	@Test
	void shouldNeverServeAResultWhoseComputationOverlappedAWrite() {
		// computed from the graph as it was before the write, so stored under the old version
		cache.get("k", () -> {
			cache.graphChanged(new GraphChanged("import"));
			return compute();
		});
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(2);
	}

	@Test
	void shouldComputeEveryTimeWhenTheTimeToLiveIsZero() {
		var off = new AnalyticsCache(Duration.ZERO, Duration.ZERO, now::get);
		off.get("k", this::compute);
		assertThat(off.<Integer>get("k", this::compute)).isEqualTo(2);
	}

	@Test
	void shouldNotKeepAFailedComputation() {
		assertThatThrownBy(() -> cache.get("k", () -> {
			throw new IllegalStateException("timeout");
		})).hasMessage("timeout");
		assertThat(cache.<Integer>get("k", this::compute)).isEqualTo(1);
	}

	@Test
	void shouldLetConcurrentRequestsWaitForTheOneComputation() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (var pool = Executors.newFixedThreadPool(4)) {
			Future<Integer> first = pool.submit(() -> cache.<Integer>get("k", () -> {
				started.countDown();
				await(release);
				return compute();
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = pool.submit(() -> cache.<Integer>get("k", this::compute));
			Future<Integer> third = pool.submit(() -> cache.<Integer>get("k", this::compute));
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(third.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		}
		assertThat(computed).hasValue(1);
	}

	@Test
	void shouldPeekOnlyAtReadyCurrentEntries() {
		assertThat(cache.<Integer>peek("k")).isNull();
		cache.get("k", this::compute);
		assertThat(cache.<Integer>peek("k")).isEqualTo(1);
		cache.graphChanged(new GraphChanged("unlink"));
		assertThat(cache.<Integer>peek("k")).isNull();
	}

	@Test
	void shouldComputeTheEntriesInUseAgainInTheBackgroundAfterAWrite() throws Exception {
		var refreshing = new AnalyticsCache(Duration.ofMinutes(5), Duration.ofMillis(10), now::get);
		try {
			refreshing.get("k", this::compute);
			refreshing.graphChanged(new GraphChanged("upsert"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (refreshing.peek("k") == null && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			assertThat(refreshing.<Integer>peek("k")).isEqualTo(2);
			assertThat(refreshing.<Integer>get("k", this::compute)).isEqualTo(2);
		}
		finally {
			refreshing.close();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
