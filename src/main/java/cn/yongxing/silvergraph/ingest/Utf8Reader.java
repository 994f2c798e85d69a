package cn.yongxing.silvergraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 strictly: every character before the first byte that is not UTF-8 is delivered, then
 * {@link NotUtf8} names that byte's line and offset. The dataset format is UTF-8; a GBK or Latin-1
 * file is refused at its first such line instead of being stored as U+FFFD, and a real U+FFFD in
 * UTF-8 text stays what it is. (The JDK's decoding readers either replace such bytes or fail a whole
 * buffer ahead of the line, without saying where.)
 */
final class Utf8Reader extends Reader {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();

	private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();

	private long consumed;

	private int line = 1;

	private long badByte = -1;

	private boolean eof;

	private boolean done;

	Utf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (!chars.hasRemaining()) {
			if (badByte >= 0) {
				throw new NotUtf8(line, badByte);
			}
			if (done) {
				return -1;
			}
			fill();
		}
		int n = Math.min(length, chars.remaining());
		chars.get(buffer, offset, n);
		for (int i = offset; i < offset + n; i++) {
			if (buffer[i] == '\n') {
				line++;
			}
		}
		return n;
	}

	private void fill() throws IOException {
		chars.clear();
		if (!eof) {
			bytes.compact();
			int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (r < 0) {
				eof = true;
			}
			else {
				bytes.position(bytes.position() + r);
			}
			bytes.flip();
		}
		int before = bytes.position();
		CoderResult result = decoder.decode(bytes, chars, eof);
		consumed += bytes.position() - before;
		if (result.isError()) {
			badByte = consumed;
		}
		else if (eof && !bytes.hasRemaining()) {
			decoder.flush(chars);
			done = true;
		}
		chars.flip();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** The text of {@code utf8}, or as much of it as precedes its first byte that is not UTF-8. */
	static Decoded decode(byte[] utf8) {
		StringBuilder text = new StringBuilder(utf8.length);
		char[] buffer = new char[16 * 1024];
		try (Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(utf8))) {
			for (int n; (n = reader.read(buffer, 0, buffer.length)) > 0;) {
				text.append(buffer, 0, n);
			}
			return new Decoded(text.toString(), null);
		}
		catch (NotUtf8 bad) {
			return new Decoded(text.toString(), bad);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Decoded text, cut before the first byte that is not UTF-8 when {@code error} says where. */
	record Decoded(String text, @Nullable NotUtf8 error) {
	}

	/** A byte that is not UTF-8, at a 1-based line and a 0-based byte offset of the file. */
	static final class NotUtf8 extends IOException {

		private final int line;

		private final long offset;

		NotUtf8(int line, long offset) {
			super("line " + line + " (byte " + offset + ") holds bytes that are not UTF-8");
			this.line = line;
			this.offset = offset;
		}

		int line() {
			return line;
		}

		long offset() {
			return offset;
		}

	}

}
