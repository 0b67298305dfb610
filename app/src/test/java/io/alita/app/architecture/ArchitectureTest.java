package io.alita.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon, kept by a test: the domain depends on the JDK alone, adapters depend on the domain and never on each
 * other, and only the composition root sees everything. (The Maven module graph enforces most of this at compile time;
 * this test also catches what Maven cannot, such as a domain class reaching for a library on the classpath.)
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.alita");
  }

  @Test
  void everyModuleIsImportedSoTheRulesBelowCannotPassVacuously() {
    for (String name : new String[] {
        "io.alita.domain.model.ChatId",
        "io.alita.postgres.embedded.EmbeddedPostgresServer",
        "io.alita.app.Main"}) {
      if (!production.contain(name)) {
        throw new AssertionError("architecture test did not see " + name);
      }
    }
  }

  @Test
  void domainDependsOnTheJdkAlone() {
    classes().that().resideInAPackage("io.alita.domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("io.alita.domain..", "java..")
        .because("the domain must stay a pure model that any adapter can drive")
        .check(production);
  }

  @Test
  void postgresAdapterDoesNotReachIntoOtherAdapters() {
    noClasses().that().resideInAPackage("io.alita.postgres..")
        .should().dependOnClassesThat().resideInAnyPackage("io.alita.telegram..", "io.alita.web..", "io.alita.app..")
        .check(production);
  }

  @Test
  void telegramAdapterDoesNotReachIntoOtherAdapters() {
    noClasses().that().resideInAPackage("io.alita.telegram..")
        .should().dependOnClassesThat().resideInAnyPackage("io.alita.postgres..", "io.alita.web..", "io.alita.app..")
        .check(production);
  }

  @Test
  void consoleDoesNotReachIntoOtherAdapters() {
    noClasses().that().resideInAPackage("io.alita.web..")
        .should().dependOnClassesThat().resideInAnyPackage("io.alita.postgres..", "io.alita.telegram..", "io.alita.app..")
        .check(production);
  }

  @Test
  void adaptersUseNoFrameworkOfAnotherAdapter() {
    noClasses().that().resideInAPackage("io.alita.postgres..")
        .should().dependOnClassesThat().resideInAnyPackage("org.telegram..", "io.javalin..", "org.thymeleaf..")
        .check(production);
    noClasses().that().resideInAPackage("io.alita.telegram..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "com.zaxxer..", "org.flywaydb..", "org.thymeleaf..")
        .check(production);
    noClasses().that().resideInAPackage("io.alita.web..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "com.zaxxer..", "org.flywaydb..", "org.telegram..")
        .check(production);
  }
}
