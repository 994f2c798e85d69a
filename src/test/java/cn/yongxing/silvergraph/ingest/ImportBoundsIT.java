package cn.yongxing.silvergraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.yongxing.silvergraph.support.WritableGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A small zip holding one enormous line (a zip bomb's shape) is refused quickly, at its line, with an
 * answer of a few hundred bytes: the header it would have been is never echoed in full.
 */
@WritableGraphTest
class ImportBoundsIT {

	@LocalServerPort
	int port;

	@Test
	void aZipOfOneHugeLineIsRefusedAtThatLineWithASmallAnswer() throws IOException {
		byte[] zip = zip("enterprises.csv", "key,name,".repeat(2_500_000)); // 22.5 M characters on line 1
		assertThat(zip.length).isLessThan(1_000_000);
		var body = new MultipartBodyBuilder();
		body.part("files", new ByteArrayResource(zip) {
			@Override
			public String getFilename() {
				return "dataset.zip";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		long started = System.nanoTime();
		byte[] answer = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(60)).build()
			.post().uri("/import?dryRun=true").header("X-API-Key", WritableGraphTest.ADMIN_KEY)
			.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.accepted").isEqualTo(false)
			.jsonPath("$.problems[0].line").isEqualTo(1)
			.jsonPath("$.problems[0].code").isEqualTo("INVALID_FILE")
			.returnResult().getResponseBody();
		assertThat(answer).hasSizeLessThan(5_000);
		assertThat(new String(answer, StandardCharsets.UTF_8)).contains("max-line-length");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
	}

	private static byte[] zip(String name, String text) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry(name));
			out.write(text.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return bytes.toByteArray();
	}

}
