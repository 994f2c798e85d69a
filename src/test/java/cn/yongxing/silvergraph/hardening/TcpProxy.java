package cn.yongxing.silvergraph.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder that can be cut (listener closed, every connection dropped, as when a
 * database host goes away) and restored on the same port. Test support for the fault run.
 */
final class TcpProxy implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	TcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = listen(0);
		this.port = listener.getLocalPort();
		accept(listener);
	}

	int port() {
		return port;
	}

	/** Refuses new connections and drops the open ones. */
	synchronized void cut() throws IOException {
		listener.close();
		for (Socket s : open) {
			s.close();
		}
		open.clear();
	}

	/** Accepts connections again, on the same port. */
	synchronized void restore() throws IOException {
		if (listener.isClosed()) {
			listener = listen(port);
			accept(listener);
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		var server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return server;
	}

	private void accept(ServerSocket server) {
		Thread.ofVirtual().start(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream;
					try {
						upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
					}
					catch (IOException ex) {
						client.close();
						continue;
					}
					open.add(client);
					open.add(upstream);
					pump(client, upstream);
					pump(upstream, client);
				}
				catch (IOException ex) {
					// listener closed by cut(), or upstream refused: the client sees a dropped connection
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// connection dropped
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private void closeQuietly(Socket s) {
		open.remove(s);
		try {
			s.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
