package cn.yongxing.silvergraph.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Graceful shutdown that drains: on SIGTERM (the context closing) new requests are refused with
 * {@code 503} ({@code Retry-After}, {@code Connection: close}) while the requests already running
 * finish, for up to {@code silvergraph.shutdown.grace-period}; only then do the web server and, after
 * it, the database stop.
 *
 * <p>Why not only {@code server.shutdown=graceful}: Tomcat closes its port at once (new requests are
 * refused at the socket, not answered), and it waits only for requests holding a servlet thread, not
 * for asynchronous ones (GraphQL answers were asynchronous when a hostile run saw 32 of 40 running
 * requests cut on SIGTERM). This counts requests itself, at the outermost filter, whatever thread
 * serves them; an asynchronous request counts until it completes. Health probes still answer while
 * draining (readiness then reports out of service). Tomcat's own graceful phase follows, bounded by
 * {@code spring.lifecycle.timeout-per-shutdown-phase}: a pod needs a termination grace of at least the
 * sum of both.
 *
 * <p>The same gate holds at start-up: until the application is ready (migrations run and the seed
 * loaded, {@link ApplicationReadyEvent}) requests other than health probes get {@code 503} with
 * {@code Retry-After}, because a graph still being loaded would answer "no metal Ag" for a metal the
 * seed is about to write: not in the graph yet is not absent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ShutdownDrain extends OncePerRequestFilter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final Duration grace;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition idle = lock.newCondition();

	private int inFlight;

	private volatile boolean draining;

	private volatile boolean running;

	/** Whether start-up is over (migrations and seed done); requests are refused before. */
	private volatile boolean ready;

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		ready = true;
	}

	/** Whether new requests are refused. */
	boolean draining() {
		return draining;
	}

	/** When the drain ended ({@link System#nanoTime()}), 0 before. */
	private volatile long drained;

	ShutdownDrain(@Value("${silvergraph.shutdown.grace-period:20s}") Duration grace) {
		this.grace = grace;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Entry entry = enter(request);
		if (entry == Entry.STARTING) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			ErrorBodies.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE",
					"The service is starting (migrations and the seed are being loaded); retry in a few seconds");
			return;
		}
		if (entry == Entry.REFUSED) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			response.setHeader(HttpHeaders.CONNECTION, "close");
			ErrorBodies.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE",
					"The service is shutting down; retry on another instance or in a few seconds");
			return;
		}
		if (entry == Entry.UNCOUNTED) {
			chain.doFilter(request, response);
			return;
		}
		boolean async = false;
		try {
			chain.doFilter(request, response);
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new Leave());
				async = true;
			}
		}
		finally {
			if (!async) {
				leave();
			}
		}
	}

	private enum Entry {
		COUNTED, UNCOUNTED, REFUSED, STARTING
	}

	/**
	 * Counts a request in, unless the service is still starting or draining (then only health probes
	 * pass, uncounted).
	 */
	private Entry enter(HttpServletRequest request) {
		if (!ready) {
			return request.getServletPath().startsWith("/actuator/health") ? Entry.UNCOUNTED : Entry.STARTING;
		}
		lock.lock();
		try {
			if (draining) {
				// the servlet path is decoded and normalised by the container (no way round it with %2e or ..)
				return request.getServletPath().startsWith("/actuator/health") ? Entry.UNCOUNTED : Entry.REFUSED;
			}
			inFlight++;
			return Entry.COUNTED;
		}
		finally {
			lock.unlock();
		}
	}

	private void leave() {
		lock.lock();
		try {
			if (inFlight > 0) {
				inFlight--;
			}
			if (inFlight == 0) {
				idle.signalAll();
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** Requests counted in and not yet finished. */
	int inFlight() {
		lock.lock();
		try {
			return inFlight;
		}
		finally {
			lock.unlock();
		}
	}

	/** When the drain ended ({@link System#nanoTime()}), 0 while it has not. */
	long drainedAt() {
		return drained;
	}

	@Override
	public void start() {
		running = true;
		draining = false;
	}

	/** Refuses new requests and waits for the running ones, at most the grace period. */
	@Override
	public void stop() {
		long deadline = System.nanoTime() + grace.toNanos();
		int atStart;
		lock.lock();
		try {
			draining = true;
			atStart = inFlight;
			while (inFlight > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				idle.awaitNanos(left);
			}
			if (inFlight > 0) {
				log.warn("Shutdown: {} request(s) still running after the grace period of {} s; stopping anyway",
						inFlight, grace.toSeconds());
			}
			else if (atStart > 0) {
				log.info("Shutdown: drained {} running request(s)", atStart);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			drained = System.nanoTime();
			lock.unlock();
			running = false;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before everything else (the web server's own graceful shutdown included). */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

	private final class Leave implements AsyncListener {

		@Override
		public void onComplete(AsyncEvent event) {
			leave();
		}

		// onComplete follows a timeout or an error too
		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onError(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
