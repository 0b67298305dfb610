package io.alita.app.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * "Nothing is sent" by construction: no class the sandbox uses, however indirectly, can reach a Telegram client.
 * The sandbox's ports are its own (a recording action port, assumed chat queries), never the Telegram adapter's.
 */
class SandboxIsolationTest {

  @Test
  void theSandboxCannotReachTelegram() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.alita");
    noClasses().that().resideInAPackage("io.alita.app.sandbox..")
        .should().transitivelyDependOnClassesThat().resideInAnyPackage("io.alita.telegram..", "org.telegram..")
        .because("a simulation must never send anything to Telegram")
        .check(production);
  }
}
