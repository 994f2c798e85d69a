package cn.yongxing.silvergraph.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphDataScienceExtensionTests {

	@AfterEach
	void clear() {
		System.clearProperty(GraphDataScienceExtension.PROCEDURES);
	}

	@Test
	void wantsWhatTheStatementFilesAndTheCodeCallAndTheCatalog() {
		var wanted = GraphDataScienceExtension.wanted();
		// named in cypher/network/*.cypher
		assertThat(wanted).accepts("gds.pageRank.stream", "gds.betweenness.stream", "gds.nodeSimilarity.filtered.stream");
		// called from Java, catalog and utility functions
		assertThat(wanted).accepts("gds.louvain.stream", "gds.graph.drop", "gds.graph.project", "gds.util.asNode",
				"gds.version");
		assertThat(wanted).rejects("gds.fastRP.stream", "gds.beta.graphSage.train", "gds.kmeans.stream");
	}

	@Test
	void wantsEverythingWhenAskedForAll() {
		System.setProperty(GraphDataScienceExtension.PROCEDURES, GraphDataScienceExtension.ALL);
		assertThat(GraphDataScienceExtension.wanted()).accepts("gds.fastRP.stream", "gds.kmeans.stream");
	}

}
