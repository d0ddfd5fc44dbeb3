package io.github.errata.benchmarks.buildtime;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures what Errata adds to javac: for a generated catalog of each size, javac with the
 * processor against javac with {@code -proc:none} on the catalog plus the sources the processor
 * wrote, so that both compile exactly the same code. Each size is compiled once to get those
 * sources (which also warms up), then {@code warmups} untimed and {@code runs} timed pairs; the
 * two kinds alternate, so a slow spell of a busy machine hits both alike. Reports medians.
 */
public final class BuildTime {

  /** One catalog size, and how often to compile it. */
  public record Step(int errors, int warmups, int runs) {}

  /** The medians for one catalog size, in milliseconds. */
  public record Result(int errors, int warmups, int runs, int generatedSources, double withProcessorMs,
      double withoutProcessorMs, double inProcessorMs) {

    /** What the processor adds to javac's time: the difference of the two compilations. */
    public double processorMs() {
      return withProcessorMs - withoutProcessorMs;
    }

    /** javac's time with the processor over its time without. */
    public double ratio() {
      return withProcessorMs / withoutProcessorMs;
    }
  }

  private final Path work;
  private final PrintStream log;
  private final Javac javac = new Javac();

  /**
   * @param work a folder for catalogs, generated sources and classes; emptied first
   * @param log where to say what is being compiled
   */
  public BuildTime(Path work, PrintStream log) {
    this.work = work;
    this.log = log;
  }

  /** Measures each step in order. */
  public List<Result> measure(List<Step> steps) {
    List<Result> results = new ArrayList<>();
    for (Step step : steps) {
      results.add(measure(step));
    }
    return results;
  }

  private Result measure(Step step) {
    Path root = work.resolve("catalog-" + step.errors());
    Path catalog = root.resolve("src").resolve(CatalogSource.PACKAGE.replace('.', '/'))
        .resolve(CatalogSource.NAME + ".java");
    Path generated = root.resolve("generated");
    Path processedClasses = root.resolve("classes-processed");
    Path plainClasses = root.resolve("classes-plain");
    write(catalog, CatalogSource.of(step.errors()));
    recreate(generated, processedClasses);
    log.printf("build time: %,d errors: generating sources%n", step.errors());
    javac.withProcessor(catalog, processedClasses, generated);
    List<Path> sources = new ArrayList<>(javaFiles(generated));
    int generatedSources = sources.size();
    sources.add(catalog);

    int pairs = step.warmups() + step.runs();
    long[] with = new long[step.runs()];
    long[] without = new long[step.runs()];
    long[] inside = new long[step.runs()];
    for (int i = 0; i < pairs; i++) {
      log.printf("build time: %,d errors: %s %d of %d%n", step.errors(),
          i < step.warmups() ? "warm-up" : "run", i < step.warmups() ? i + 1 : i - step.warmups() + 1,
          i < step.warmups() ? step.warmups() : step.runs());
      // Alternate which goes first, so neither always follows the other's garbage.
      boolean processorFirst = i % 2 == 0;
      Javac.Timing processed = null;
      Javac.Timing plain = null;
      for (int kind = 0; kind < 2; kind++) {
        System.gc();
        if ((kind == 0) == processorFirst) {
          recreate(processedClasses);
          processed = javac.withProcessor(catalog, processedClasses, generated);
        } else {
          recreate(plainClasses);
          plain = javac.withoutProcessor(sources, plainClasses);
        }
      }
      if (i >= step.warmups()) {
        with[i - step.warmups()] = processed.nanos();
        without[i - step.warmups()] = plain.nanos();
        inside[i - step.warmups()] = processed.processorNanos();
      }
    }
    List<String> processedFiles = classFiles(processedClasses);
    if (!processedFiles.equals(classFiles(plainClasses))) {
      throw new IllegalStateException("the two compilations of " + step.errors()
          + " errors wrote different class files");
    }
    return new Result(step.errors(), step.warmups(), step.runs(), generatedSources,
        medianMs(with), medianMs(without), medianMs(inside));
  }

  private static double medianMs(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return median / 1e6;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recreate(Path... folders) {
    try {
      for (Path folder : folders) {
        if (Files.exists(folder)) {
          try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(path);
            }
          }
        }
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class files in a folder; a processor may also write resources, which javac does not. */
  private static List<String> classFiles(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(path -> path.toString().endsWith(".class"))
          .map(path -> folder.relativize(path).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
