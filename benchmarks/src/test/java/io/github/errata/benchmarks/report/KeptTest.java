package io.github.errata.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sections of BENCHMARKS.md that others write survive the report being made again, word for
 * word, and a report made where there were none says where they come from.
 */
class KeptTest {

  private static final Machine MACHINE = new Machine(2, "a CPU", "1 GiB", "an OS", "a JDK");

  private static String report(Kept kept) {
    return new ReportWriter(Settings.parse(), MACHINE, "2026-12-01 23:00 UTC", new Results(List.of()), List.of(),
        kept).write(Duration.ZERO, Duration.ZERO);
  }

  @Test
  void aFirstReportHasEmptyMarkedSections() {
    String text = report(Kept.parse(""));
    assertTrue(text.contains("<!-- begin spring-side-by-side -->\nNot measured yet."), text);
    assertTrue(text.contains("<!-- end spring-side-by-side -->"), text);
    assertTrue(text.contains("<!-- begin quarkus-side-by-side -->\nNot measured yet."), text);
    assertTrue(text.contains("<!-- end quarkus-side-by-side -->"), text);
    assertTrue(text.contains("<!-- begin micronaut-side-by-side -->\nNot measured yet."), text);
    assertTrue(text.contains("<!-- end micronaut-side-by-side -->"), text);
    assertFalse(Kept.parse(text).has(Kept.WHY_MISSED), "nothing missed, nothing to explain");
  }

  @Test
  void theSectionsOthersWroteAreKeptWordForWord() {
    String spring = "| way | requests/s |\n| --- | ---: |\n| Errata advice | 9,000 |\n";
    String micronaut = "| way | requests/s |\n| --- | ---: |\n| Errata handler | 5,000 |\n";
    String quarkus = "| way | requests/s |\n| --- | ---: |\n| errata-jaxrs | 8,000 |\n";
    String why = "**Decoding**: the reader still copies each string.\n\nA second paragraph.\n";
    String before = "# Benchmarks\n\nold figures\n\n" + Kept.marker("begin", Kept.SPRING) + "\n" + spring
        + Kept.marker("end", Kept.SPRING) + "\n\n" + Kept.marker("begin", Kept.QUARKUS) + "\n" + quarkus
        + Kept.marker("end", Kept.QUARKUS) + "\n\n" + Kept.marker("begin", Kept.MICRONAUT) + "\n" + micronaut
        + Kept.marker("end", Kept.MICRONAUT) + "\n\n" + Kept.marker("begin", Kept.WHY_MISSED) + "\n" + why
        + Kept.marker("end", Kept.WHY_MISSED) + "\n";
    String text = report(Kept.parse(before));
    assertTrue(text.contains(Kept.marker("begin", Kept.SPRING) + "\n" + spring + Kept.marker("end", Kept.SPRING)),
        text);
    assertTrue(text.contains(Kept.marker("begin", Kept.QUARKUS) + "\n" + quarkus
        + Kept.marker("end", Kept.QUARKUS)), text);
    assertTrue(text.contains(Kept.marker("begin", Kept.MICRONAUT) + "\n" + micronaut
        + Kept.marker("end", Kept.MICRONAUT)), text);
    assertTrue(text.contains(Kept.marker("begin", Kept.WHY_MISSED) + "\n" + why), text);
    assertFalse(text.contains("old figures"), text);
    assertEquals(text, report(Kept.parse(text)), "made again, the report is the same");
  }

  @Test
  void aSectionNeverClosedIsNotKept() {
    Kept kept = Kept.parse(Kept.marker("begin", Kept.SPRING) + "\nhalf a table\n");
    assertFalse(kept.has(Kept.SPRING));
  }
}
