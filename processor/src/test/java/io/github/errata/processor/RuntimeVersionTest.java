package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errata.processor.internal.parse.RuntimeCheck;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing or mismatched {@code errata-runtime}, built for real: two runtime jars made here from
 * the runtime's classes, each with {@code ErrataVersion} compiled from the runtime's own template
 * with a version of its own. The processor refuses a classpath without the runtime
 * ({@code errata.no-runtime}) or with the other version ({@code errata.runtime-version}) in one
 * error and writes nothing; generated code loaded against the other version fails as its error
 * type is initialised, naming both versions.
 */
class RuntimeVersionTest {

  private static final String OTHER = "0.0.1-other";
  private static final String CURRENT = RuntimeCheck.PROCESSOR_VERSION;
  private static final String CATALOG = "good/test/PaymentErrors.java";
  private static final Path TEMPLATE = CompiledCatalog.moduleDirectory().getParent().resolve(
      "runtime/src/main/java-templates/io/github/errata/runtime/internal/ErrataVersion.java");
  private static final String VERSION_CLASS = "io/github/errata/runtime/internal/ErrataVersion";

  @TempDir
  static Path work;

  private static File annotations;
  private static Path currentRuntime;
  private static Path otherRuntime;

  @BeforeAll
  static void buildTwoRuntimes() throws IOException {
    annotations = classpathEntry("annotations", "errata-annotations");
    File runtime = classpathEntry("runtime", "errata-runtime");
    currentRuntime = runtimeJar(runtime, CURRENT);
    otherRuntime = runtimeJar(runtime, OTHER);
  }

  @Test
  void withoutTheRuntimeTheCatalogGetsOneErrorNamingTheDependencyAndNothingIsWritten() {
    RecordingProcessor processor = new RecordingProcessor();
    JavaFileObject source = Catalogs.resource(CATALOG);
    Compilation compilation = compile(processor, List.of(annotations), source);
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("[errata.no-runtime] catalog test.PaymentErrors")
        .inFile(source).onLineContaining("public interface PaymentErrors");
    assertThat(compilation).hadErrorContaining("io.github.errata:errata-runtime:" + CURRENT);
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void withARuntimeOfAnotherVersionTheCatalogGetsOneErrorNamingBothAndNothingIsWritten() {
    RecordingProcessor processor = new RecordingProcessor();
    JavaFileObject source = Catalogs.resource(CATALOG);
    Compilation compilation =
        compile(processor, List.of(annotations, otherRuntime.toFile()), source);
    assertThat(compilation).failed();
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("[errata.runtime-version] the compile classpath has"
            + " errata-runtime " + OTHER + ", and this errata-processor is version " + CURRENT)
        .inFile(source).onLineContaining("public interface PaymentErrors");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aRuntimeWithoutAVersionIsAnOlderOne() throws IOException {
    Path unversioned = work.resolve("errata-runtime-unversioned.jar");
    copyRuntime(classpathEntry("runtime", "errata-runtime"), unversioned, null);
    Compilation compilation = compile(new ErrataProcessor(),
        List.of(annotations, unversioned.toFile()), Catalogs.resource(CATALOG));
    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation).hadErrorContaining("[errata.runtime-version] the compile classpath has"
        + " an errata-runtime older than any that carries its version");
  }

  @Test
  void generatedCodeRunsOnItsOwnVersionAndFailsAtInitialisationOnAnother() throws Exception {
    Compilation compilation = compile(new ErrataProcessor(),
        List.of(annotations, currentRuntime.toFile()), Catalogs.resource(CATALOG));
    assertThat(compilation).succeededWithoutWarnings();

    // The runtime it was generated for: the decoder and a constructor work.
    try (URLClassLoader runtime = loader(currentRuntime)) {
      GeneratedClasses classes = new GeneratedClasses(compilation, runtime);
      Object decoded = decode(classes);
      assertThat(decoded.getClass().getName()).isEqualTo("test.UnknownPaymentException");
      Object made = classes.loadClass("test.PaymentNotFoundException")
          .getConstructor(UUID.class).newInstance(new UUID(1, 2));
      assertThat(made.getClass().getMethod("status").invoke(made)).isEqualTo(404);
    }

    // Another version: the first use fails where the error type is initialised, with both versions.
    try (URLClassLoader runtime = loader(otherRuntime)) {
      GeneratedClasses classes = new GeneratedClasses(compilation, runtime);
      InvocationTargetException thrown =
          assertThrows(InvocationTargetException.class, () -> decode(classes));
      assertMismatch(thrown.getCause());
    }
    try (URLClassLoader runtime = loader(otherRuntime)) {
      GeneratedClasses classes = new GeneratedClasses(compilation, runtime);
      InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
          () -> classes.loadClass("test.PaymentNotFoundException")
              .getConstructor(UUID.class).newInstance(new UUID(1, 2)));
      assertMismatch(thrown.getCause());
    }
  }

  private static void assertMismatch(Throwable failure) {
    assertThat(failure).isInstanceOf(ExceptionInInitializerError.class);
    Throwable cause = failure.getCause();
    assertThat(cause).isInstanceOf(IllegalStateException.class);
    // Thrown by the error type's static initialiser, before any other call into the runtime.
    assertThat(cause.getStackTrace()[1].getClassName()).isEqualTo("test.PaymentError");
    assertThat(cause.getStackTrace()[1].getMethodName()).isEqualTo("<clinit>");
    assertThat(cause).hasMessageThat().contains("test.PaymentErrors was generated by Errata "
        + CURRENT + ", but the errata-runtime on the classpath is version " + OTHER);
    assertThat(cause).hasMessageThat().contains("io.github.errata:errata-bom");
  }

  private static Object decode(GeneratedClasses classes) throws Exception {
    Method decode = classes.loadClass("test.PaymentErrorDecoder")
        .getMethod("decode", int.class, String.class);
    return decode.invoke(null, 502, "<html>Bad gateway</html>");
  }

  private static Compilation compile(javax.annotation.processing.Processor processor,
      List<File> classpath, JavaFileObject source) {
    return Compiler.compiler(ToolProvider.getSystemJavaCompiler())
        .withOptions("-Xlint:all", "-Werror")
        .withClasspath(classpath)
        .withProcessors(processor)
        .compile(source);
  }

  /** The annotations and a runtime jar, over the JDK alone: not the test's classpath. */
  private static URLClassLoader loader(Path runtime) throws IOException {
    return new URLClassLoader(new URL[] {annotations.toURI().toURL(), runtime.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
  }

  /** The reactor's classes directory or the jar of a module, from the test's classpath. */
  private static File classpathEntry(String module, String artifact) {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.matches(".*[/\\\\]" + module + "[/\\\\]target[/\\\\]classes[/\\\\]?")
          || entry.matches(".*" + artifact + "-[^/\\\\]*\\.jar")) {
        return new File(entry);
      }
    }
    throw new AssertionError("no " + artifact + " on the test classpath");
  }

  /**
   * A runtime jar of {@code version}: every class of the runtime but {@code ErrataVersion}, and
   * that one compiled from the runtime's template with {@code version} written in.
   */
  private static Path runtimeJar(File runtime, String version) throws IOException {
    Path source = work.resolve("src-" + version)
        .resolve("io/github/errata/runtime/internal/ErrataVersion.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, Files.readString(TEMPLATE, StandardCharsets.UTF_8)
        .replace("${project.version}", version), StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(work.resolve("classes-" + version));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--release", "17", "-d", classes.toString(),
        source.toString());
    assertThat(status).isEqualTo(0);
    Path jar = work.resolve("errata-runtime-" + version + ".jar");
    copyRuntime(runtime, jar, classes.resolve(VERSION_CLASS + ".class"));
    return jar;
  }

  /** The runtime's classes into a jar, with {@code versionClass} (or none) as ErrataVersion. */
  private static void copyRuntime(File runtime, Path jar, Path versionClass) throws IOException {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Entry entry : entries(runtime)) {
        if (entry.name().equals(VERSION_CLASS + ".class") || entry.name().startsWith("META-INF")) {
          continue;
        }
        out.putNextEntry(new JarEntry(entry.name()));
        out.write(entry.bytes());
        out.closeEntry();
      }
      if (versionClass != null) {
        out.putNextEntry(new JarEntry(VERSION_CLASS + ".class"));
        out.write(Files.readAllBytes(versionClass));
        out.closeEntry();
      }
    }
  }

  private record Entry(String name, byte[] bytes) {}

  private static List<Entry> entries(File runtime) throws IOException {
    List<Entry> entries = new ArrayList<>();
    if (runtime.isDirectory()) {
      Path root = runtime.toPath();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          entries.add(new Entry(root.relativize(file).toString().replace(File.separatorChar, '/'),
              Files.readAllBytes(file)));
        }
      }
    } else {
      try (JarFile jar = new JarFile(runtime)) {
        for (JarEntry entry : jar.stream().filter(e -> !e.isDirectory()).toList()) {
          try (InputStream in = jar.getInputStream(entry)) {
            entries.add(new Entry(entry.getName(), in.readAllBytes()));
          }
        }
      }
    }
    return entries;
  }
}
