package io.github.errata.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The smoke pass of {@code mvn verify}: every benchmark runs once, briefly, in a forked JVM with
 * the GC profiler, the smallest catalog is compiled once each way, and the report is written, so
 * the harness cannot rot. Its numbers mean nothing.
 */
@Tag("thorough")
class SmokePassTest {
  /**
   * This module's directory, found from where the test classes were loaded
   * ({@code target/test-classes}), so that a test reads its files whether it runs from the module,
   * from the repository's root or from an IDE.
   */
  static Path moduleDirectory() {
    try {
      return Path.of(SmokePassTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }


  /** Under this module's target/, wherever the test is run from. */
  private static final Path WORK = moduleDirectory().resolve("target/benchmarks-smoke");

  @Test
  void everyBenchmarkRunsAndTheReportIsWritten() throws Exception {
    Path out = WORK.resolve("BENCHMARKS.md");
    BenchmarkReport.Report report = BenchmarkReport.run(Settings.parse("--smoke", "--out", out.toString(),
        "--work", WORK.toString(), "--command", "mvn -B clean verify",
        "--note", "Smoke pass of `mvn verify`: one short iteration, no warm-up. The numbers mean nothing."));

    for (String error : Targets.ERRORS) {
      for (String method : List.of("errata", "errataJackson3", "errataJackson3Plain", "databind",
          "databindJackson3", "zalando", "handWritten")) {
        assertMeasured(report, "SerializeBenchmark." + method, Map.of("error", error));
      }
      for (String method : List.of("toJsonBytes", "writeJson", "unsafeConcat")) {
        assertMeasured(report, "DirectPathBenchmark." + method, Map.of("error", error));
      }
      for (String method : List.of("errata", "errataJackson3", "databind", "databindJackson3", "zalando",
          "handWritten")) {
        assertMeasured(report, "DecodeBenchmark." + method, Map.of("error", error));
      }
      for (String method : List.of("errata", "runtimeException", "zalando", "descentOnly")) {
        for (String depth : List.of("0", "64")) {
          assertMeasured(report, "CreateBenchmark." + method, Map.of("error", error, "depth", depth));
        }
      }
    }
    assertEquals(1, report.buildTime().size());
    assertEquals(10, report.buildTime().get(0).errors());
    assertTrue(report.buildTime().get(0).withProcessorMs() > 0);
    assertTrue(report.buildTime().get(0).inProcessorMs() > 0);

    String text = Files.readString(out);
    assertEquals(report.text(), text);
    for (String heading : List.of("## Serialize", "## Decode", "## Create", "## Build time", "## Spring",
        "## Targets")) {
      assertTrue(text.contains("\n" + heading), heading);
    }
    assertTrue(text.contains("| 10 | "), "a build-time row for 10 errors");
    assertTrue(text.contains("| Errata: Jackson 3 `JsonMapper` + module |"), "a Jackson 3 module row");
    assertTrue(text.contains("| Through a Jackson 3 `JsonMapper` with the module"), "a Jackson 3 target");
    assertTrue(text.contains("| Direct path (`toJsonBytes()`) within 1.1× of the unsafe floor"),
        "the direct path's floor target");
    assertTrue(text.contains("| `writeJson(OutputStream)` allocates nothing"), "the allocation target");
    assertTrue(text.contains("| A 4xx exception with two String arguments ≤ 30 ns"), "the creation target");
  }

  private static void assertMeasured(BenchmarkReport.Report report, String key, Map<String, String> params) {
    Measurement m = report.runtime().find(key, params)
        .orElseThrow(() -> new AssertionError("no result for " + key + " " + params));
    assertTrue(m.score() > 0 && Double.isFinite(m.score()), key + " " + params + ": " + m.score());
    assertTrue(Double.isFinite(m.bytesPerOp()), key + " " + params + ": no allocation figure");
    assertEquals("ns/op", m.unit());
  }
}
