package com.gridloop.local;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of ARCHITECTURE.md, checked on the compiled classes of every
 * module.
 */
class ArchitectureTest {

	private static final List<String> SERVICES = List.of("ingestion", "profile", "strategy", "reach", "evaluation");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.gridloop");

	@Test
	void noServiceImportsAnotherServicesCode() {
		for (String service : SERVICES) {
			String[] others = SERVICES.stream()
				.filter(s -> !s.equals(service))
				.map(s -> "com.gridloop." + s + "..")
				.toArray(String[]::new);
			noClasses().that()
				.resideInAPackage("com.gridloop." + service + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others)
				.because("services talk through events and REST, never through each other's code")
				.check(CLASSES);
		}
	}

	@Test
	void commonKnowsNoServiceAndServicesKnowNoInfrastructureOrDemo() {
		noClasses().that()
			.resideInAPackage("com.gridloop.common..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(SERVICES.stream().map(s -> "com.gridloop." + s + "..").toArray(String[]::new))
			.check(CLASSES);
		for (String service : SERVICES) {
			noClasses().that()
				.resideInAPackage("com.gridloop." + service + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage("com.gridloop.embedded..", "com.gridloop.local..", "com.gridloop.datagen..")
				.because("the embedded servers, the local platform and the generator stay out of the service jars")
				.check(CLASSES);
		}
	}

	@Test
	void servicesTakeThreadsFromSpringExecutorsAndWaitByBackOff() {
		noClasses().that()
			.resideInAnyPackage(java.util.stream.Stream
				.concat(SERVICES.stream().map(s -> "com.gridloop." + s + ".."),
						java.util.stream.Stream.of("com.gridloop.common.."))
				.toArray(String[]::new))
			.should()
			.callMethod(Thread.class, "sleep", long.class)
			.orShould()
			.callConstructorWhere(JavaCall.Predicates
				.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Thread.class))))
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(java.util.concurrent.Executors.class)
			.because("threads come from Spring task executor beans and waits follow a back-off (ADR 33)")
			.check(CLASSES);
	}

	@Test
	void controllersAreNotPublicApiOfTheirModule() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.and()
			.resideInAnyPackage(SERVICES.stream().map(s -> "com.gridloop." + s + "..").toArray(String[]::new))
			.should()
			.bePublic()
			.because("web adapters are package-private; other classes use the feature's services")
			.check(CLASSES);
	}

	@Test
	void theConsoleKnowsTheServicesOnlyByTheirRestApis() {
		noClasses().that()
			.resideInAPackage("com.gridloop.console..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(java.util.stream.Stream
				.concat(SERVICES.stream().map(s -> "com.gridloop." + s + ".."),
						java.util.stream.Stream.of("com.gridloop.common..", "com.gridloop.embedded..",
								"com.gridloop.local..", "com.gridloop.datagen.."))
				.toArray(String[]::new))
			.because("the console is a client of the services' REST APIs and keeps no data of its own")
			.check(CLASSES);
	}

}
