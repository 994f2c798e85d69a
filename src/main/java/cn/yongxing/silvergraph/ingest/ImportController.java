package cn.yongxing.silvergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Datasets over plain HTTP, for spreadsheets and scripts: {@code POST /import} (multipart: a zip, or
 * the CSV/JSON files themselves; {@code dryRun=true} to validate only; ADMIN) answers the import
 * report, 200 when accepted and 422 when rejected; {@code GET /export} (ANALYST) answers the whole
 * graph as a zip in the same format.
 */
@RestController
class ImportController {

	private final DatasetImporter importer;

	private final DatasetExporter exporter;

	ImportController(DatasetImporter importer, DatasetExporter exporter) {
		this.importer = importer;
		this.exporter = exporter;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importDataset(@RequestParam("files") List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		Dataset dataset;
		try {
			dataset = read(files);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.unprocessableContent().body(new ImportReport(false, dryRun, Map.of(), 0, 0, 0,
					List.of(new ImportProblem("upload", 0, null, null, ImportProblem.Code.INVALID_FILE, ex.getMessage()))));
		}
		String names = String.join(", ", files.stream().map(MultipartFile::getOriginalFilename).toList());
		ImportReport report = importer.importDataset(dataset, dryRun, IngestController.change("import", names));
		return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("silver-graph-dataset.zip").build().toString())
			.body(exporter.export().toZip());
	}

	private static Dataset read(List<MultipartFile> files) {
		try {
			if (files.size() == 1 && String.valueOf(files.getFirst().getOriginalFilename()).endsWith(".zip")) {
				return Dataset.fromZip(files.getFirst().getInputStream());
			}
			Map<String, byte[]> contents = new LinkedHashMap<>();
			for (MultipartFile file : files) {
				contents.put(String.valueOf(file.getOriginalFilename()), file.getBytes());
			}
			return Dataset.ofBytes(contents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
