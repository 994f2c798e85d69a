package cn.yongxing.silvergraph.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yongxing.silvergraph.graph.InProcessReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link JoinedFieldsIT} with reads over Bolt, as against an external Neo4j: the joined statements
 * come back as the driver's values instead of copies made in this process.
 */
@TestPropertySource(properties = "silvergraph.embedded.in-process-reads=false")
class JoinedFieldsOverBoltIT extends JoinedFieldsIT {

	@Test
	void readsGoThroughTheDriver(@Autowired ObjectProvider<InProcessReads> inProcess) {
		assertThat(inProcess.getIfAvailable()).isNull();
	}

}
