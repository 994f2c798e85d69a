package cn.yongxing.silvergraph;

import cn.yongxing.silvergraph.ingest.ImportCommand;
import cn.yongxing.silvergraph.synthetic.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the GraphQL knowledge-graph service of an industrial cluster. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SilverGraphApplication {

	public static void main(String[] args) {
		if (GenerateCommand.isGenerateInvocation(args)) {
			System.exit(GenerateCommand.run(args));
		}
		if (ImportCommand.isImportInvocation(args)) {
			System.exit(ImportCommand.run(SilverGraphApplication.class, args));
		}
		SpringApplication.run(SilverGraphApplication.class, args);
	}

}
