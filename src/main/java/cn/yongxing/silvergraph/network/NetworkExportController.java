package cn.yongxing.silvergraph.network;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/network.{graphml,gexf,csv}?id=…&depth=…&kinds=…}: a partner network as a file
 * for Gephi or Cytoscape; without {@code id}, the whole cluster.
 */
@RestController
class NetworkExportController {

	private static final Map<String, MediaType> TYPES = Map.of("graphml", MediaType.valueOf("application/graphml+xml"),
			"gexf", MediaType.valueOf("application/gexf+xml"), "csv", MediaType.valueOf("text/csv"));

	private final PartnerNetworks networks;

	NetworkExportController(PartnerNetworks networks) {
		this.networks = networks;
	}

	@GetMapping("/export/network.{format}")
	ResponseEntity<String> export(@PathVariable String format, @RequestParam(required = false) @Nullable String id,
			@RequestParam(required = false) @Nullable Integer depth,
			@RequestParam(required = false) @Nullable List<LinkKind> kinds,
			@RequestParam(required = false) @Nullable Integer maxNodes) {
		MediaType type = TYPES.get(format);
		if (type == null) {
			throw new BadInputException("Unknown export format '" + format + "'; use graphml, gexf or csv");
		}
		PartnerNetwork network = id == null ? networks.cluster(kinds, maxNodes)
				: networks.network(id, depth, kinds, maxNodes);
		StringWriter out = new StringWriter();
		switch (format) {
			case "graphml" -> NetworkExport.graphml(network, out);
			case "gexf" -> NetworkExport.gexf(network, out);
			default -> NetworkExport.csv(network, out);
		}
		String file = "partner-network" + (id == null ? "" : "-" + id.replace(':', '-')) + "." + format;
		return ResponseEntity.ok()
			.contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
			.header("X-Network-Truncated", Boolean.toString(network.truncated()))
			.body(out.toString());
	}

	@ExceptionHandler(BadInputException.class)
	ResponseEntity<Map<String, String>> badInput(BadInputException ex) {
		return ResponseEntity.badRequest().body(Map.of("code", "BAD_USER_INPUT", "message", ex.getMessage()));
	}

}
