package cn.yongxing.silvergraph.network;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.yongxing.silvergraph.graph.BadInputException;
import cn.yongxing.silvergraph.security.Clearance;
import cn.yongxing.silvergraph.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/network.{graphml,gexf,csv}?id=…&depth=…&kinds=…}: a partner network as a file
 * for Gephi or Cytoscape; without {@code id}, the whole cluster: complete for ANALYST and above
 * (any {@code maxNodes}), in pages of at most the network cap for others, with {@code offset} for the
 * next page. Each file says what part it holds (see {@link NetworkExport}); the headers repeat it
 * ({@code X-Network-Truncated}, {@code X-Network-Offset}, {@code X-Network-Total},
 * {@code X-Network-Next-Offset}), which is how a CSV tells it.
 */
@RestController
class NetworkExportController {

	private static final Map<String, MediaType> TYPES = Map.of("graphml", MediaType.valueOf("application/graphml+xml"),
			"gexf", MediaType.valueOf("application/gexf+xml"), "csv", MediaType.valueOf("text/csv"));

	private final PartnerNetworks networks;

	private final Clearance clearance;

	NetworkExportController(PartnerNetworks networks, Clearance clearance) {
		this.networks = networks;
		this.clearance = clearance;
	}

	@GetMapping("/export/network.{format}")
	ResponseEntity<String> export(@PathVariable String format, @RequestParam(required = false) @Nullable String id,
			@RequestParam(required = false) @Nullable Integer depth,
			@RequestParam(required = false) @Nullable List<LinkKind> kinds,
			@RequestParam(required = false) @Nullable Integer maxNodes,
			@RequestParam(required = false, defaultValue = "0") int offset) {
		MediaType type = TYPES.get(format);
		if (type == null) {
			throw new BadInputException("Unknown export format '" + format + "'; use graphml, gexf or csv");
		}
		NetworkFile file;
		if (id == null) {
			file = networks.clusterPage(kinds, clusterPageSize(maxNodes), offset);
		}
		else {
			if (offset != 0) {
				throw new BadInputException("offset pages the whole-cluster export only; a network around an actor is one file");
			}
			file = NetworkFile.around(networks.network(id, depth, kinds, maxNodes));
		}
		StringWriter out = new StringWriter();
		switch (format) {
			case "graphml" -> NetworkExport.graphml(file, out);
			case "gexf" -> NetworkExport.gexf(file, out);
			default -> NetworkExport.csv(file.network(), out);
		}
		String name = "partner-network" + (id == null ? "" : "-" + id.replace(':', '-'))
				+ (id == null && (file.offset() > 0 || file.nextOffset() != null)
						? "-" + file.offset() + "-" + (file.offset() + file.pageNodes()) : "")
				+ "." + format;
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(new MediaType(type, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
			.header("X-Network-Truncated", Boolean.toString(file.truncated()))
			.header("X-Network-Offset", Integer.toString(file.offset()));
		if (file.totalNodes() != null) {
			response.header("X-Network-Total", Integer.toString(file.totalNodes()));
		}
		if (file.nextOffset() != null) {
			response.header("X-Network-Next-Offset", Integer.toString(file.nextOffset()));
		}
		return response.body(out.toString());
	}

	/** ANALYST and above: as many as asked, the whole cluster by default; others: pages of at most the cap. */
	private @Nullable Integer clusterPageSize(@Nullable Integer maxNodes) {
		if (clearance.holds(Role.ANALYST)) {
			return maxNodes;
		}
		int cap = networks.defaultMaxNodes();
		if (maxNodes != null && maxNodes > cap) {
			throw new ExportForbidden("maxNodes above " + cap + " needs the ANALYST role; page with offset instead");
		}
		return maxNodes == null ? cap : maxNodes;
	}

	@ExceptionHandler(BadInputException.class)
	ResponseEntity<Map<String, String>> badInput(BadInputException ex) {
		return ResponseEntity.badRequest().body(Map.of("code", "BAD_USER_INPUT", "message", ex.getMessage()));
	}

	@ExceptionHandler(ExportForbidden.class)
	ResponseEntity<Map<String, String>> forbidden(ExportForbidden ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("code", "FORBIDDEN", "message", ex.getMessage()));
	}

	/** A whole-cluster page larger than the caller's role allows. */
	static final class ExportForbidden extends RuntimeException {

		ExportForbidden(String message) {
			super(message);
		}

	}

}
