package io.github.errata.benchmarks.report;

import io.github.errata.benchmarks.buildtime.BuildTime;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs every benchmark and the build-time measurement, then writes the report (BENCHMARKS.md):
 * the machine, the JDK, the date, the command, a table per group and the targets. It reads JMH's
 * {@code RunResult}s, never its printed output, and keeps the sections of the file it replaces
 * that others write ({@link Kept}).
 */
public final class BenchmarkReport {

  private BenchmarkReport() {}

  /** See {@link Settings#parse} for the arguments. */
  public static void main(String[] args) throws IOException, RunnerException {
    run(Settings.parse(args));
  }

  /** What a run measured, and the report made of it. */
  record Report(Results runtime, List<BuildTime.Result> buildTime, String text) {}

  /** Measures and writes the report. */
  static Report run(Settings settings) throws IOException, RunnerException {
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    Files.createDirectories(settings.work());
    if (settings.smoke()) {
      // JMH's machine-wide lock (java.io.tmpdir/jmh.lock) keeps two measuring runs from skewing
      // each other; a smoke pass measures nothing, so it must not fail while another run holds it.
      System.setProperty("jmh.ignoreLock", "true");
    }
    long start = System.nanoTime();
    Results runtime = new Results(measurements(new Runner(settings.jmh().build()).run()));
    Duration runtimeTook = Duration.ofNanos(System.nanoTime() - start);
    start = System.nanoTime();
    List<BuildTime.Result> buildTime = settings.buildTime()
        ? new BuildTime(settings.work().resolve("build-time"), System.out).measure(settings.buildTimeSteps())
        : List.of();
    Duration buildTimeTook = Duration.ofNanos(System.nanoTime() - start);
    String text = new ReportWriter(settings, Machine.current(), date, runtime, buildTime, Kept.read(settings.out()))
        .write(runtimeTook, buildTimeTook);
    if (settings.out().toAbsolutePath().getParent() != null) {
      Files.createDirectories(settings.out().toAbsolutePath().getParent());
    }
    Files.writeString(settings.out(), text);
    System.out.println("wrote " + settings.out().toAbsolutePath());
    return new Report(runtime, buildTime, text);
  }

  private static List<Measurement> measurements(Iterable<RunResult> results) {
    List<Measurement> measurements = new ArrayList<>();
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String name = params.getBenchmark();
      int method = name.lastIndexOf('.');
      String benchmark = name.substring(name.lastIndexOf('.', method - 1) + 1, method);
      Map<String, String> values = new TreeMap<>();
      for (String key : params.getParamsKeys()) {
        values.put(key, params.getParam(key));
      }
      double bytesPerOp = Double.NaN;
      for (String label : result.getSecondaryResults().keySet()) {
        if (label.endsWith("gc.alloc.rate.norm")) {
          bytesPerOp = score(result.getSecondaryResults().get(label));
        }
      }
      measurements.add(measurement(benchmark, name.substring(method + 1), values, result.getPrimaryResult(),
          bytesPerOp));
    }
    return measurements;
  }

  private static Measurement measurement(String benchmark, String method, Map<String, String> params,
      Result<?> time, double bytesPerOp) {
    return new Measurement(benchmark, method, params, time.getScore(), time.getScoreError(), time.getScoreUnit(),
        bytesPerOp);
  }

  private static double score(Result<?> result) {
    return result.getScore();
  }
}
