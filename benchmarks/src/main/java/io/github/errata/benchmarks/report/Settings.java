package io.github.errata.benchmarks.report;

import io.github.errata.benchmarks.buildtime.BuildTime;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How a report is made: the full run, or the smoke pass that {@code mvn verify} runs so the
 * harness cannot rot (one short iteration of each benchmark, the smallest catalog compiled once).
 *
 * @param smoke whether this is the smoke pass
 * @param out the Markdown file to write
 * @param work a scratch folder for JMH's results and the build-time catalogs
 * @param command the command that made the report, as the report prints it
 * @param note a paragraph under the report's title, or null
 * @param include a regular expression: only the benchmarks it finds run
 * @param buildTime whether to measure build time
 */
record Settings(boolean smoke, Path out, Path work, String command, String note, String include,
    boolean buildTime) {

  static final int FORKS = 1;
  static final int WARMUP_ITERATIONS = 4;
  static final int MEASUREMENT_ITERATIONS = 5;
  static final int ITERATION_SECONDS = 1;
  static final int SMOKE_ITERATION_MILLIS = 100;
  /** A fixed heap for every fork, so heap sizing does not vary from one benchmark to the next. */
  static final List<String> FORK_JVM_ARGS = List.of("-Xms1g", "-Xmx1g");

  /** Every benchmark of this module. */
  static final String DEFAULT_INCLUDE = "^io\\.github\\.errata\\.benchmarks\\.";

  private static final String USAGE = """
      usage: BenchmarkReport [--smoke] [--out FILE] [--work DIR] [--command TEXT] [--note TEXT]
                             [--include REGEX] [--no-build-time]""";

  /**
   * Reads the command line. The note, the benchmarks to run and whether to measure build time may
   * also come from the system properties {@code errata.benchmarks.note},
   * {@code errata.benchmarks.include} and {@code errata.benchmarks.buildTime}.
   */
  static Settings parse(String... args) {
    boolean smoke = false;
    Path out = Path.of("BENCHMARKS.md");
    Path work = Path.of("target", "benchmarks");
    String command = "(not given)";
    String note = System.getProperty("errata.benchmarks.note", "");
    String include = System.getProperty("errata.benchmarks.include", DEFAULT_INCLUDE);
    boolean buildTime = !"false".equals(System.getProperty("errata.benchmarks.buildTime"));
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--no-build-time" -> buildTime = false;
        case "--out" -> out = Path.of(value(args, ++i));
        case "--work" -> work = Path.of(value(args, ++i));
        case "--command" -> command = value(args, ++i);
        case "--note" -> note = value(args, ++i);
        case "--include" -> include = value(args, ++i);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
      }
    }
    return new Settings(smoke, out, work, command, note.isBlank() ? null : note,
        include.isBlank() ? DEFAULT_INCLUDE : include, buildTime);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value\n" + USAGE);
    }
    return args[i];
  }

  /** JMH's options: every benchmark with the GC profiler, for long enough or just once. */
  ChainedOptionsBuilder jmh() {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .addProfiler(GCProfiler.class)
        .forks(FORKS)
        .jvmArgsAppend(FORK_JVM_ARGS.toArray(String[]::new))
        .shouldFailOnError(true)
        .result(work.resolve("jmh-result.json").toString())
        .resultFormat(ResultFormatType.JSON);
    if (smoke) {
      return options
          .warmupIterations(0)
          .measurementIterations(1)
          .measurementTime(new TimeValue(SMOKE_ITERATION_MILLIS, TimeUnit.MILLISECONDS))
          .output(work.resolve("jmh-output.txt").toString());
    }
    return options
        .warmupIterations(WARMUP_ITERATIONS)
        .warmupTime(new TimeValue(ITERATION_SECONDS, TimeUnit.SECONDS))
        .measurementIterations(MEASUREMENT_ITERATIONS)
        .measurementTime(new TimeValue(ITERATION_SECONDS, TimeUnit.SECONDS));
  }

  /**
   * The catalog sizes and repetitions. javac is warmed by the smaller sizes before the larger;
   * at 5,000 errors a compilation takes tens of seconds, so only the generating compilation warms
   * it up and three pairs are timed.
   */
  List<BuildTime.Step> buildTimeSteps() {
    if (smoke) {
      return List.of(new BuildTime.Step(10, 0, 1));
    }
    return List.of(
        new BuildTime.Step(10, 5, 9),
        new BuildTime.Step(100, 3, 7),
        new BuildTime.Step(1000, 1, 5),
        new BuildTime.Step(5000, 0, 3));
  }

  /** How the runtime benchmarks ran, in a sentence for the report. */
  String jmhSummary() {
    String only = include.equals(DEFAULT_INCLUDE) ? "" : "; only benchmarks matching `" + include + "`";
    return runs() + only;
  }

  private String runs() {
    if (smoke) {
      return String.format("smoke pass: %d fork, no warm-up, one %d ms iteration, `-prof gc`", FORKS,
          SMOKE_ITERATION_MILLIS);
    }
    return String.format("%d fork, %d warm-up and %d measured iterations of %d s, `-prof gc`, forks run "
        + "with `%s`", FORKS, WARMUP_ITERATIONS, MEASUREMENT_ITERATIONS, ITERATION_SECONDS,
        String.join(" ", FORK_JVM_ARGS));
  }
}
