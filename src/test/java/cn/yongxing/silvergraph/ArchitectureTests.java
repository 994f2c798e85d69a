package cn.yongxing.silvergraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/** The package-by-feature rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.yongxing.silvergraph");

	@Test
	void onlyConfigTouchesTheEmbeddedDatabaseManagementApi() {
		noClasses().that().resideOutsideOfPackage("..config..")
			.should().dependOnClassesThat().resideInAnyPackage("org.neo4j.dbms..", "org.neo4j.kernel..",
					"org.neo4j.configuration..", "org.neo4j.graphdb..")
			.check(CLASSES);
	}

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("cn.yongxing.silvergraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).should().notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void cypherIsRunThroughTheSharedReaderOrTheImporterNotTheRawDriver() {
		noClasses().that().resideOutsideOfPackages("..config..", "..migrations..")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Session")
			.check(CLASSES);
	}

}
