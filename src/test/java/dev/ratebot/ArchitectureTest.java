package dev.ratebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core imports nothing but the JDK and itself; adapters do not know each other; the shared chat
 * package knows no platform; commands do not know the dispatcher that runs them; only the ops
 * package knows Micrometer and the JDK's HTTP server.
 */
@AnalyzeClasses(packages = "dev.ratebot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreUsesOnlyTheJdkAndItself =
      classes()
          .that()
          .resideInAPackage("dev.ratebot.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.ratebot.core..", "java..", "javax.annotation..");

  @ArchTest
  static final ArchRule coreKnowsNoPlatformOrJsonLibrary =
      noClasses()
          .that()
          .resideInAPackage("dev.ratebot.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..",
              "net.dv8tion..",
              "com.fasterxml..",
              "org.apache.commons..",
              "org.slf4j..",
              "dev.ratebot.adapter..",
              "dev.ratebot.app..");

  @ArchTest
  static final ArchRule adaptersDoNotKnowEachOther =
      noClasses()
          .that()
          .resideInAPackage("dev.ratebot.adapter.slack..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.ratebot.adapter.discord..", "dev.ratebot.adapter.console..", "net.dv8tion..");

  @ArchTest
  static final ArchRule discordDoesNotKnowSlack =
      noClasses()
          .that()
          .resideInAPackage("dev.ratebot.adapter.discord..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.ratebot.adapter.slack..", "dev.ratebot.adapter.console..", "com.slack..");

  @ArchTest
  static final ArchRule theSharedChatPackageKnowsNoPlatform =
      noClasses()
          .that()
          .resideInAPackage("dev.ratebot.adapter.chat..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..",
              "net.dv8tion..",
              "dev.ratebot.adapter.slack..",
              "dev.ratebot.adapter.discord..",
              "dev.ratebot.adapter.console..",
              "dev.ratebot.adapter.dataset..",
              "dev.ratebot.app..");

  @ArchTest
  static final ArchRule onlyTheChartPackageKnowsTheChartingLibrary =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.ratebot.adapter.chart..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jfree..");

  @ArchTest
  static final ArchRule onlyTheOpsPackageKnowsMetricsAndTheHttpServer =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.ratebot.adapter.ops..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.micrometer..", "io.prometheus..", "com.sun.net.httpserver..");

  @ArchTest
  static final ArchRule commandsDoNotKnowTheDispatcher =
      noClasses()
          .that()
          .resideInAPackage("dev.ratebot.core.command..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.ratebot.core.dispatch..");

  @ArchTest
  static final ArchRule adaptersDoNotParseOrEstimate =
      noClasses()
          .that()
          .resideInAPackage("dev.ratebot.adapter..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.ratebot.core.query..", "dev.ratebot.core.estimate..");
}
