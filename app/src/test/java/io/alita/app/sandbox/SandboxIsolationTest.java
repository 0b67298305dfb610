package io.alita.app.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.alita.app.BotAssembly;
import org.junit.jupiter.api.Test;

/**
 * "Nothing is sent" by construction: the sandbox, and the assembly it shares with the worker, use the domain, the
 * PostgreSQL adapter and each other, never the Telegram adapter or library. With {@code ArchitectureTest} (the domain
 * and the PostgreSQL adapter reach no Telegram code either), no path leads from a simulation to a Telegram client.
 */
class SandboxIsolationTest {

  @Test
  void theSandboxAndItsAssemblyCannotReachTelegram() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.alita.app", "io.alita.domain", "io.alita.postgres");
    DescribedPredicate<JavaClass> assembly = JavaClass.Predicates.belongToAnyOf(BotAssembly.class,
        io.alita.app.Stores.class);
    classes().that().resideInAPackage("io.alita.app.sandbox..").or(assembly)
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("io.alita.app.sandbox..",
            "io.alita.domain..", "io.alita.postgres..", "org.apache.ibatis..", "java..", "org.slf4j..").or(assembly))
        .because("a simulation must never send anything to Telegram")
        .check(production);
  }
}
