package dev.omnichannel.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's walls, one rule per intent (STYLE.md rule 1). The rules run as plain Jupiter tests:
 * ArchUnit's own JUnit engine cannot load its classes beside Quarkus's test class loader.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.omnichannel");
    assertThat(classes.containPackage("dev.omnichannel.domain.contact")).isTrue();
    assertThat(classes.containPackage("dev.omnichannel.adapters.mongo")).isTrue();
  }

  /**
   * The domain is plain Java (the JDK's crypto included: keys and signatures are domain rules).
   * libphonenumber is the one library it may use: a function library for the number rules, not a
   * framework (docs/decisions.md).
   */
  @Test
  void theDomainDependsOnTheJdkAlone() {
    noClasses()
        .that()
        .resideInAPackage("dev.omnichannel.domain..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "dev.omnichannel.domain..",
            "java..",
            "javax.crypto..",
            "com.google.i18n.phonenumbers..")
        .check(classes);
  }

  @Test
  void theDomainDoesNotKnowTheUseCases() {
    noClasses()
        .that()
        .resideInAPackage("dev.omnichannel.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.omnichannel.application..")
        .check(classes);
  }

  /** Use cases are plain Java too: no framework, and no adapter. */
  @Test
  void theUseCasesTouchNoAdapterNorFramework() {
    noClasses()
        .that()
        .resideInAPackage("dev.omnichannel.application..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "dev.omnichannel.application..", "dev.omnichannel.domain..", "java..")
        .check(classes);
  }

  @Test
  void noAdapterTouchesAnother() {
    SlicesRuleDefinition.slices()
        .matching("dev.omnichannel.adapters.(*)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void onlyBootstrapKnowsBootstrap() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.omnichannel.bootstrap..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.omnichannel.bootstrap..")
        .check(classes);
  }
}
