package cn.yongxing.silvergraph.network;

import cn.yongxing.silvergraph.graph.UnavailableException;

/** Graph Data Science is not installed in the database; reported with code UNAVAILABLE. */
class GdsUnavailableException extends UnavailableException {

	GdsUnavailableException() {
		super("Network analytics need the Neo4j Graph Data Science procedures, which this database does not have "
				+ "(see capabilities { gds }); install the GDS plugin on the external Neo4j to enable them");
	}

}
