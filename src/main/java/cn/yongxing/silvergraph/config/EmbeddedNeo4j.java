package cn.yongxing.silvergraph.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded database, starting in the background from the moment this is made. {@link #get}
 * waits for the start and rethrows its failure; {@link #shutdown} waits too, then stops it.
 */
final class EmbeddedNeo4j {

	private final CompletableFuture<DatabaseManagementService> started;

	EmbeddedNeo4j(Supplier<DatabaseManagementService> start) {
		this.started = new CompletableFuture<>();
		Thread.ofPlatform().name("neo4j-start").start(() -> {
			try {
				started.complete(start.get());
			}
			catch (Throwable ex) {
				started.completeExceptionally(ex);
			}
		});
	}

	DatabaseManagementService get() {
		try {
			return started.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("The embedded Neo4j did not start", ex.getCause());
		}
	}

	void shutdown() {
		if (!started.isCompletedExceptionally()) {
			get().shutdown();
		}
	}

	/**
	 * An implementation of {@code type} made on first use by {@code factory}: beans can be wired to
	 * it before the database is up. {@code close()} before first use does nothing.
	 */
	static <T> T lazy(Class<T> type, Supplier<T> factory) {
		var target = new Object() {

			private T value;

			synchronized T get() {
				if (value == null) {
					value = factory.get();
				}
				return value;
			}

			synchronized boolean made() {
				return value != null;
			}

		};
		InvocationHandler handler = (proxy, method, args) -> {
			switch (method.getName()) {
				case "close" -> {
					if (!target.made()) {
						return null;
					}
				}
				case "toString" -> {
					if (!target.made()) {
						return type.getSimpleName() + " (not connected yet)";
					}
				}
				case "hashCode" -> {
					return System.identityHashCode(proxy);
				}
				case "equals" -> {
					return proxy == args[0];
				}
				default -> {
				}
			}
			try {
				return method.invoke(target.get(), args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
