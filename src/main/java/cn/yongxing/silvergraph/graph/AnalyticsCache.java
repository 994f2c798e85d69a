package cn.yongxing.silvergraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Results of whole-graph analyses (little-giant ranking, chain links, network centralities), kept
 * for one version of the graph. Every write the service makes moves the version on after it commits
 * ({@link GraphChanged}), so the next request computes afresh; writes made by other programs are seen
 * once an entry is older than {@code silvergraph.analytics.cache.time-to-live} (0 turns caching off).
 * Concurrent requests for an entry being computed wait for that one computation. A result computed
 * while a write committed is stored under the version it started from, so it is never served after
 * the write. After a write, the entries in use are computed again in the background once no write
 * has followed for {@code silvergraph.analytics.cache.refresh-after-write} (0: only when asked for),
 * so the first request after a write seldom pays for the whole graph.
 *
 * <p>Stale-while-revalidate ({@code silvergraph.analytics.cache.stale-while-revalidate}, on by
 * default): a request that finds only an entry of an earlier version (or one past its time-to-live)
 * is answered from it at once, marked stale ({@link AnalysisFreshness}: {@code extensions.stale}), while
 * the current one is computed in the background, one computation per entry; a request asking for fresh
 * data ({@code @fresh}, {@code Cache-Control: no-cache}) waits for it, and so does any caller outside a
 * GraphQL request. No request waits on a refresh unless it asks to.
 */
@Component
public class AnalyticsCache {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsCache.class);

	private final Duration timeToLive;

	private final LongSupplier clock;

	private final AtomicLong version = new AtomicLong();

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/** Computations of entries made stale by writes, waiting for the background refresh. */
	private final Map<String, Supplier<?>> stale = new ConcurrentHashMap<>();

	private final Duration refreshDelay;

	private final @Nullable ScheduledExecutorService refresher;

	/** The last value computed under each key, kept after a write for stale-while-revalidate. */
	private final Map<String, Entry> previous = new ConcurrentHashMap<>();

	/** Keys being computed again in the background for a request answered stale. */
	private final java.util.Set<String> revalidating = ConcurrentHashMap.newKeySet();

	private volatile boolean staleWhileRevalidate = true;

	@Autowired
	AnalyticsCache(@Value("${silvergraph.analytics.cache.time-to-live:5m}") Duration timeToLive,
			@Value("${silvergraph.analytics.cache.refresh-after-write:2s}") Duration refreshDelay,
			@Value("${silvergraph.analytics.cache.stale-while-revalidate:true}") boolean staleWhileRevalidate) {
		this(timeToLive, refreshDelay, System::nanoTime);
		this.staleWhileRevalidate = staleWhileRevalidate;
	}

	/** With a clock in nanoseconds, for tests. */
	AnalyticsCache(Duration timeToLive, Duration refreshDelay, LongSupplier clock) {
		if (timeToLive.isNegative() || refreshDelay.isNegative()) {
			throw new IllegalArgumentException("silvergraph.analytics.cache.* durations must not be negative");
		}
		this.timeToLive = timeToLive;
		this.refreshDelay = refreshDelay;
		this.clock = clock;
		this.refresher = timeToLive.isZero() || refreshDelay.isZero() ? null
				: Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("analytics-refresh").factory());
	}

	private record Entry(long version, long createdAt, CompletableFuture<Object> value, Supplier<?> compute) {
	}

	/**
	 * The value under {@code key} for the current graph version, computed by {@code compute} (in the
	 * calling thread) when there is none, it is older than the time-to-live, or its computation failed.
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		if (timeToLive.isZero()) {
			return compute.get();
		}
		if (staleWhileRevalidate && AnalysisFreshness.staleAllowed()) {
			Entry current = entries.get(key);
			if (current == null || !fresh(current, version.get(), clock.getAsLong())) {
				Entry old = current != null && done(current) ? current : previous.get(key);
				if (old != null && done(old)) {
					AnalysisFreshness.markStale();
					revalidate(key, compute);
					return (T) old.value().join();
				}
			}
		}
		while (true) {
			long v = version.get();
			long now = clock.getAsLong();
			Entry mine = new Entry(v, now, new CompletableFuture<>(), compute);
			Entry found = entries.compute(key, (k, old) -> old != null && fresh(old, v, now) ? old : mine);
			if (found == mine) {
				try {
					mine.value().complete(compute.get());
					previous.put(key, mine);
				}
				catch (RuntimeException | Error ex) {
					entries.remove(key, mine);
					mine.value().completeExceptionally(ex);
					throw ex;
				}
			}
			try {
				// waiting for another request's computation: only as long as this request's own budget
				return (T) (found == mine ? found.value().join()
						: found.value().get(RequestBudget.forWaiting(Duration.ofDays(1)).toNanos(), TimeUnit.NANOSECONDS));
			}
			catch (TimeoutException ex) {
				throw new org.springframework.dao.QueryTimeoutException(
						"The request used up its time budget waiting for an analysis another request computes");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for an analysis", ex);
			}
			catch (ExecutionException | CompletionException ex) {
				// the other request ran out of its own budget: that is not this request's error, it computes
				// the analysis itself (within its budget) instead of failing with it
				if (found != mine && RequestBudget.isExceeded(ex.getCause())) {
					continue;
				}
				// another request's computation failed: its error is this request's error too
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	private static boolean done(Entry e) {
		return e.value().isDone() && !e.value().isCompletedExceptionally();
	}

	/** Computes {@code key} for the current version in the background, unless that is under way. */
	private void revalidate(String key, Supplier<?> compute) {
		if (!revalidating.add(key)) {
			return;
		}
		Thread.ofVirtual().name("analytics-revalidate").start(() -> {
			try {
				get(key, compute);
			}
			catch (RuntimeException ex) {
				log.warn("Background computation of {} failed; the next request tries again", key, ex);
			}
			finally {
				revalidating.remove(key);
			}
		});
	}

	/** The value under {@code key} if one is ready for the current graph version, else null; computes nothing. */
	@SuppressWarnings("unchecked")
	public <T> @Nullable T peek(String key) {
		Entry e = entries.get(key);
		if (e == null || !fresh(e, version.get(), clock.getAsLong()) || !e.value().isDone()
				|| e.value().isCompletedExceptionally()) {
			return null;
		}
		return (T) e.value().join();
	}

	private boolean fresh(Entry e, long v, long now) {
		return e.version() == v && now - e.createdAt() < timeToLive.toNanos();
	}

	/** The graph version: moves on with every committed write the service makes. */
	public long version() {
		return version.get();
	}

	/** Forgets everything computed so far; called after every committed write of the service. */
	@TransactionalEventListener(fallbackExecution = true)
	public void graphChanged(GraphChanged change) {
		long v = version.incrementAndGet();
		// entries of the old version are never served again; dropping them frees their memory now
		entries.forEach((key, e) -> {
			if (e.version() < v && entries.remove(key, e)) {
				stale.put(key, e.compute());
			}
		});
		log.debug("Graph changed ({}): analytics computed before are stale (version {})", change.what(), v);
		if (refresher != null && !stale.isEmpty()) {
			refresher.schedule(() -> refresh(v), refreshDelay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Computes the stale entries again, unless another write came after {@code v} (its own refresh follows). */
	private void refresh(long v) {
		for (String key : List.copyOf(stale.keySet())) {
			if (version.get() != v) {
				return;
			}
			Supplier<?> compute = stale.remove(key);
			if (compute != null) {
				try {
					get(key, compute);
				}
				catch (RuntimeException ex) {
					log.warn("Background refresh of {} failed; the next request computes it", key, ex);
				}
			}
		}
	}

	@PreDestroy
	void close() {
		if (refresher != null) {
			refresher.shutdownNow();
		}
	}

}
