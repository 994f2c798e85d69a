package cn.yongxing.silvergraph.transport;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies ({@code silvergraph.http.max-body-size}): a declared length over the limit is
 * answered 413 at once; a chunked body stops with {@link TooLarge} when it passes the limit (the
 * GraphQL endpoint answers 413). Multipart uploads have their own, larger bounds
 * ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class BodySizeFilter extends OncePerRequestFilter {

	private final long max;

	BodySizeFilter(TransportProperties properties) {
		this.max = properties.maxBodySize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > max) {
			ErrorBodies.write(response, 413, "LIMIT_EXCEEDED", "The request body has " + request.getContentLengthLong()
					+ " bytes, more than the limit of " + max);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {
			private ServletInputStream bounded;

			@Override
			public ServletInputStream getInputStream() throws IOException {
				if (bounded == null) {
					bounded = new Bounded(super.getInputStream(), max);
				}
				return bounded;
			}
		}, response);
	}

	/** The body passed the limit. */
	static final class TooLarge extends IOException {

		TooLarge(long max) {
			super("The request body is larger than the limit of " + max + " bytes");
		}

	}

	private static final class Bounded extends ServletInputStream {

		private final ServletInputStream in;

		private final long max;

		private long read;

		Bounded(ServletInputStream in, long max) {
			this.in = in;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > max) {
				throw new TooLarge(max);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
