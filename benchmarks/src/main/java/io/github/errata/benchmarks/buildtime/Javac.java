package io.github.errata.benchmarks.buildtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.ErrorCatalog;
import io.github.errata.processor.ErrataProcessor;
import io.github.errata.runtime.ApiErrorException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in this JVM, timed: once with Errata's processor on a catalog, once without any processor
 * ({@code -proc:none}) on the catalog and the sources the processor wrote for it. Both see the
 * same class path: Errata's annotations, its runtime, and Jackson 2 and 3, which generated code
 * uses (so both Jackson modules are generated, as for the sample).
 */
final class Javac {

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String classPath = Stream.of(ErrorCatalog.class, ApiErrorException.class, JsonFactory.class,
          ObjectMapper.class, JsonProperty.class, tools.jackson.core.JsonGenerator.class,
          tools.jackson.databind.ObjectMapper.class)
      .map(Javac::location)
      .collect(Collectors.joining(File.pathSeparator));

  /** How long one compilation took, and how much of it was inside the processor (0 without). */
  record Timing(long nanos, long processorNanos) {}

  Javac() {
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    }
  }

  /** Compiles the catalog with the processor, which writes its sources to {@code generated}. */
  Timing withProcessor(Path catalog, Path classes, Path generated) {
    // A new processor each time (a processor is initialised once), its classes already loaded:
    // the processor's own code is as warm as javac's.
    TimedProcessor processor = new TimedProcessor(new ErrataProcessor());
    long nanos = compile(List.of(catalog), List.of("-d", classes.toString(), "-s", generated.toString()),
        processor);
    return new Timing(nanos, processor.nanos());
  }

  /** Compiles sources that need no processor, with processing off. */
  Timing withoutProcessor(List<Path> sources, Path classes) {
    return new Timing(compile(sources, List.of("-d", classes.toString(), "-proc:none"), null), 0);
  }

  private long compile(List<Path> sources, List<String> outputs, TimedProcessor processor) {
    List<String> options = new ArrayList<>(List.of("--release", "17", "-classpath", classPath));
    options.addAll(outputs);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long start = System.nanoTime();
    boolean compiled;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      compiled = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long nanos = System.nanoTime() - start;
    List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .toList();
    if (!compiled || !errors.isEmpty()) {
      throw new IllegalStateException("javac failed on " + sources.size() + " sources: "
          + errors.stream().limit(5).map(d -> d.getMessage(Locale.ROOT)).toList());
    }
    return nanos;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
