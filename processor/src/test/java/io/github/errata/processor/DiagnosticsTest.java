package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errata.processor.internal.parse.ErrataMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles each catalog under {@code bad/} and checks that every diagnostic marked in it
 * ({@code // expect: errata.key} or {@code // expect-warning: errata.key} at the end of a line)
 * is reported on that line, that nothing else is, and that a catalog with an error generates
 * nothing at all.
 */
class DiagnosticsTest {

  /**
   * Read from the sources rather than the classpath, so a renamed or deleted catalog does not
   * linger as a stale copy in target/, and failures name the file to edit.
   */
  private static final Path BAD = CompiledCatalog.moduleDirectory().resolve("src/test/resources/bad");

  /** A trailing marker; a line where one mistake yields several diagnostics lists their keys. */
  private static final Pattern MARKER = Pattern.compile("//\\s*expect(-warning)?:\\s*(.+)$");

  /**
   * No file under {@code bad/} triggers these: {@code internal} only a processor bug can (tested
   * with a failing Filer in ProcessorContractTest), and {@code catalog-size} needs thousands of
   * methods (ScaleTest writes that catalog). The compatibility messages need a baseline directory,
   * which this corpus compiles without: CompatibilityProcessorTest reports each. The runtime's
   * messages need a classpath without errata-runtime or with another version of it, which
   * RuntimeVersionTest builds. The translation messages need translation files:
   * TranslationProcessorTest has one case per key.
   */
  private static final Set<ErrataMessage> NOT_IN_CORPUS = Set.of(ErrataMessage.INTERNAL,
      ErrataMessage.NO_RUNTIME, ErrataMessage.RUNTIME_VERSION,
      ErrataMessage.CATALOG_SIZE, ErrataMessage.COMPAT_NO_BASELINE, ErrataMessage.COMPAT_UPDATED,
      ErrataMessage.COMPAT_ACCEPTED, ErrataMessage.COMPAT_MODE, ErrataMessage.COMPAT_DIRECTORY,
      ErrataMessage.COMPAT_FILE, ErrataMessage.COMPAT_WRITE);

  /** One marker: a diagnostic of this kind and key that javac must report on this line. */
  record Expectation(Diagnostic.Kind kind, String key, int line) {}

  /** A catalog under {@code bad/} and the diagnostics its markers expect. */
  record BadCatalog(Path file, List<Expectation> expectations) {

    List<Expectation> of(Diagnostic.Kind kind) {
      return expectations.stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return file.getFileName().toString();
    }
  }

  static Stream<BadCatalog> badCatalogs() throws IOException {
    List<BadCatalog> catalogs = new ArrayList<>();
    try (Stream<Path> files = Files.list(BAD)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        catalogs.add(new BadCatalog(file, expectations(file)));
      }
    }
    return catalogs.stream();
  }

  private static List<Expectation> expectations(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Expectation> expectations = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (marker.find()) {
        Diagnostic.Kind kind =
            marker.group(1) == null ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        for (String key : marker.group(2).split(",")) {
          expectations.add(new Expectation(kind, key.trim(), i + 1));
        }
      }
    }
    return expectations;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCatalogs")
  void reportsEachMistakeOnItsLine(BadCatalog catalog) throws IOException {
    assertWithMessage("%s has no // expect: marker", catalog)
        .that(catalog.expectations()).isNotEmpty();
    JavaFileObject source = JavaFileObjects.forResource(catalog.file().toUri().toURL());
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(source);

    List<Expectation> errors = catalog.of(Diagnostic.Kind.ERROR);
    List<Expectation> warnings = catalog.of(Diagnostic.Kind.WARNING);
    if (errors.isEmpty()) {
      // A warning does not stop the catalog: its code is generated, and compiles.
      assertThat(compilation).succeeded();
      assertThat(compilation.generatedSourceFiles()).isNotEmpty();
    } else {
      assertThat(compilation).failed();
    }
    for (Expectation error : errors) {
      assertThat(compilation).hadErrorContaining("[" + error.key() + "]")
          .inFile(source).onLine(error.line());
    }
    for (Expectation warning : warnings) {
      assertThat(compilation).hadWarningContaining("[" + warning.key() + "]")
          .inFile(source).onLine(warning.line());
    }
    // Exactly the marked diagnostics: one mistake must not cascade into others.
    assertThat(compilation.errors()).hasSize(errors.size());
    assertThat(compilation.warnings()).hasSize(warnings.size());
    if (!errors.isEmpty()) {
      // Nothing half-generated: a catalog with a mistake yields no code at all. Asked of the
      // Filer, since compile-testing gives no generated files for a failed compilation. (A valid
      // catalog beside it in the same file does generate its code.)
      assertWithMessage("catalogs with an error in %s", catalog).that(processor.failed).isNotEmpty();
      processor.origins.forEach((file, origins) ->
          assertWithMessage("%s generated from a catalog with an error", file)
              .that(origins).containsNoneIn(processor.failed));
      if (Files.readString(catalog.file()).split("@ErrorCatalog\\(", -1).length <= 2) {
        assertWithMessage("files generated for %s", catalog).that(processor.created()).isEmpty();
      }
    }
  }

  @Test
  void everyMessageHasABadCatalog() throws IOException {
    Set<String> covered = badCatalogs()
        .flatMap(catalog -> catalog.expectations().stream())
        .map(Expectation::key)
        .collect(Collectors.toSet());
    List<String> keys = Arrays.stream(ErrataMessage.values())
        .filter(message -> !NOT_IN_CORPUS.contains(message))
        .filter(message -> !message.key().startsWith("errata.translation-"))
        .map(ErrataMessage::key)
        .collect(Collectors.toList());
    assertWithMessage("keys with no catalog under %s/ that triggers them", BAD)
        .that(covered).containsAtLeastElementsIn(keys);
  }
}
