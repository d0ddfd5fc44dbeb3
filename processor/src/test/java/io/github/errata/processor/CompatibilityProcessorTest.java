package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errata.processor.compat.ChangeKind;
import io.github.errata.processor.compat.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility check in the processor: a baseline made by {@code update} from version A of
 * a catalog, then version B compiled in {@code check} mode, with each finding reported on its
 * element, keyed, and nothing generated for a catalog that breaks its clients.
 */
class CompatibilityProcessorTest {

  /** -Werror too: the options are declared, so javac has nothing to warn about. */
  private static final Compiler JAVAC =
      Compiler.compiler(ToolProvider.getSystemJavaCompiler()).withOptions("-Xlint:all", "-Werror");

  private static final String CATALOG = "com.example.JourneyErrors";
  private static final String FILE = "com/example/JourneyErrors.java";
  private static final String CATALOG_LINE = "public interface JourneyErrors";

  /** Version A. */
  private static final String VERSION_A = """
      package com.example;

      import io.github.errata.ApiError;
      import io.github.errata.ErrorCatalog;
      import io.github.errata.StackTrace;

      /** Errors of the Journey API. */
      @ErrorCatalog(docs = "https://docs.example.com/errors")
      public interface JourneyErrors {

        /** The object could not be found. */
        @ApiError(status = 404, title = "Object not found.",
            detail = "No {objectType} found with ID: '{id}'", example = {"task", "c3d5"})
        void objectNotFound(String objectType, String id);

        /** Something went wrong on the server. */
        @ApiError(status = 500, title = "Oops! Something went wrong.",
            detail = "An internal server error has occurred.", retryable = true)
        void internalServerError();

        /** Too many requests. */
        @ApiError(status = 429, title = "Too many requests.", detail = "Retry in {seconds} s.",
            retryable = true)
        void rateLimited(int seconds);
      }
      """;

  @TempDir Path baseline;

  /** Version B: version A with each {@code from} replaced by the {@code to} after it. */
  private static String versionB(String... edits) {
    String source = VERSION_A;
    for (int i = 0; i < edits.length; i += 2) {
      assertWithMessage("version A contains %s", edits[i]).that(source).contains(edits[i]);
      source = source.replace(edits[i], edits[i + 1]);
    }
    return source;
  }

  private static JavaFileObject source(String text) {
    return JavaFileObjects.forSourceString(CATALOG, text);
  }

  private Compilation compile(RecordingProcessor processor, String text, String... options) {
    List<String> all = new ArrayList<>();
    all.add("-Aerrata.baseline=" + baseline);
    for (String option : options) {
      all.add("-A" + option);
    }
    return JAVAC.withOptions(all).withProcessors(processor).compile(source(text));
  }

  private Compilation compile(String text, String... options) {
    return compile(new RecordingProcessor(), text, options);
  }

  private void update(String text) {
    Compilation compilation = compile(text, "errata.mode=update");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[errata.compat.updated] wrote the baseline of " + CATALOG);
  }

  /** One edit of version A, the finding it gives, and the line (a text on it) it points at. */
  record Case(ChangeKind kind, String line, String[] edits) {
    @Override
    public String toString() {
      return kind.id();
    }
  }

  static Case at(ChangeKind kind, String line, String... edits) {
    return new Case(kind, line, edits);
  }

  static Stream<Case> cases() {
    return Stream.of(
        at(ChangeKind.REMOVED_ERROR, CATALOG_LINE,
            "  /** Something went wrong on the server. */\n"
                + "  @ApiError(status = 500, title = \"Oops! Something went wrong.\",\n"
                + "      detail = \"An internal server error has occurred.\", retryable = true)\n"
                + "  void internalServerError();\n", ""),
        at(ChangeKind.CHANGED_TYPE, "void internalServerError()",
            "retryable = true)\n  void internalServerError",
            "retryable = true, type = \"SERVER_ERROR\")\n  void internalServerError"),
        at(ChangeKind.CHANGED_STATUS, "void objectNotFound(", "status = 404", "status = 410"),
        at(ChangeKind.NOT_RETRYABLE, "void internalServerError()",
            "occurred.\", retryable = true)", "occurred.\")"),
        at(ChangeKind.ADDED_PARAMETER, "void rateLimited(",
            "int seconds);", "int seconds, String plan);", "{seconds} s.", "{seconds} s ({plan})."),
        at(ChangeKind.REMOVED_PARAMETER, "void objectNotFound(",
            "String objectType, String id", "String objectType",
            " with ID: '{id}'\", example = {\"task\", \"c3d5\"}", "\", example = \"task\""),
        at(ChangeKind.RENAMED_PARAMETER, "void objectNotFound(",
            "String objectType, String id", "String kind, String id", "No {objectType}", "No {kind}"),
        at(ChangeKind.REORDERED_PARAMETERS, "void objectNotFound(",
            "String objectType, String id", "String id, String objectType",
            "{\"task\", \"c3d5\"}", "{\"c3d5\", \"task\"}"),
        at(ChangeKind.RETYPED_PARAMETER, "void rateLimited(", "int seconds", "long seconds"),
        at(ChangeKind.CHANGED_TEMPLATE, "void objectNotFound(",
            "No {objectType} found with ID: '{id}'", "There is no {objectType} with ID {id}."),
        at(ChangeKind.RENAMED_METHOD, "void serverError()",
            "retryable = true)\n  void internalServerError()",
            "retryable = true, type = \"INTERNAL_SERVER_ERROR\")\n  void serverError()"),
        at(ChangeKind.RENAMED_CATALOG, CATALOG_LINE,
            "@ErrorCatalog(docs = \"https://docs.example.com/errors\")",
            "@ErrorCatalog(docs = \"https://docs.example.com/errors\", name = \"Travel\")"),
        at(ChangeKind.CHANGED_LINK, "void objectNotFound(",
            "example = {\"task\", \"c3d5\"})",
            "example = {\"task\", \"c3d5\"}, see = \"https://docs.example.com/v2/errors#OBJECT_NOT_FOUND\")"),
        at(ChangeKind.ADDED_ERROR, null,
            "  void rateLimited(int seconds);\n",
            "  void rateLimited(int seconds);\n\n  /** A conflict. */\n"
                + "  @ApiError(status = 409, title = \"Conflict.\")\n  void conflict();\n"),
        at(ChangeKind.CHANGED_TITLE, null, "Object not found.", "Not found."),
        at(ChangeKind.CHANGED_DETAIL, null, "An internal server error has occurred.", "Something broke."),
        at(ChangeKind.CHANGED_DESCRIPTION, null,
            "The object could not be found.", "The object could not be found; it may be gone."),
        at(ChangeKind.CHANGED_STACK_TRACE, null,
            "example = {\"task\", \"c3d5\"})", "example = {\"task\", \"c3d5\"}, stackTrace = StackTrace.ALWAYS)"),
        at(ChangeKind.CHANGED_EXAMPLE, null, "{\"task\", \"c3d5\"}", "{\"user\", \"9f1a\"}"),
        at(ChangeKind.MADE_RETRYABLE, null,
            "example = {\"task\", \"c3d5\"})", "example = {\"task\", \"c3d5\"}, retryable = true)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachChangeIsReportedOnItsElement(Case c) {
    update(VERSION_A);
    RecordingProcessor processor = new RecordingProcessor();

    Compilation compilation = compile(processor, versionB(c.edits()));

    String key = "[" + c.kind().key() + "]";
    JavaFileObject file = source(versionB(c.edits()));
    switch (c.kind().verdict()) {
      case BREAK -> {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(key).inFile(file).onLineContaining(c.line());
        assertThat(compilation).hadErrorContaining(
            "mvn clean compile -Derrata.mode=accept -Derrata.reason=\"...\"");
        assertWithMessage("files generated for a catalog that breaks its clients")
            .that(processor.created()).isEmpty();
      }
      case WARNING -> {
        // -Werror would turn it into an error; it is asserted as javac reports it.
        assertThat(compilation).hadWarningContaining(key).inFile(file).onLineContaining(c.line());
        assertThat(compilation.errors().stream().filter(d -> !d.getMessage(null).contains("warnings found")))
            .isEmpty();
        assertThat(processor.created()).isNotEmpty();
      }
      case SAFE, ERROR -> {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.notes().stream().map(d -> d.getMessage(null))
            .filter(m -> m.contains("errata.compat."))).isEmpty();
        assertThat(processor.created()).isNotEmpty();
      }
    }
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).containsMatch("^\\[errata\\.compat\\.|warnings found");
    }
  }

  @Test
  void everyChangeTheProcessorCanSeeHasACase() {
    Set<ChangeKind> tested = cases().map(Case::kind).collect(Collectors.toSet());
    Set<ChangeKind> expected = EnumSet.noneOf(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      if (kind.verdict() != Verdict.ERROR) {
        expected.add(kind);
      }
    }
    // A retired type takes two updates (aRetiredTypeReusedIsRefused); the processor writes only
    // the JSON wire format until RFC 9457 lands (issue 11), so the wire cannot change yet.
    expected.removeAll(Set.of(ChangeKind.RETIRED_TYPE, ChangeKind.CHANGED_WIRE));
    assertThat(tested).containsExactlyElementsIn(expected);
  }

  @Test
  void theBaselineFileIsWrittenWhereTheOptionSays() throws IOException {
    update(VERSION_A);

    String text = Files.readString(baseline.resolve(CATALOG + ".api.json"));
    assertThat(text).contains("\"type\": \"OBJECT_NOT_FOUND\"");
    assertThat(text).contains("{\"name\": \"seconds\", \"type\": \"int\"}");
    assertThat(Files.exists(baseline.resolve(CATALOG + ".accepted.json"))).isFalse();
  }

  @Test
  void aMissingBaselineIsANoteWithTheCommand() {
    RecordingProcessor processor = new RecordingProcessor();

    Compilation compilation = compile(processor, VERSION_A);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[errata.compat.no-baseline] catalog " + CATALOG
        + " has no baseline in " + baseline).inFile(source(VERSION_A)).onLineContaining(CATALOG_LINE);
    assertThat(compilation).hadNoteContaining("mvn clean compile -Derrata.mode=update");
    assertThat(processor.created()).isNotEmpty();
  }

  @Test
  void withoutTheOptionThereIsNoCheck() {
    Compilation compilation = JAVAC.withProcessors(new ErrataProcessor()).compile(source(VERSION_A));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("compat")))
        .isEmpty();
  }

  @Test
  void severalBreaksAreAllReported() {
    update(VERSION_A);
    String b = versionB("status = 404", "status = 410", "int seconds", "long seconds",
        "occurred.\", retryable = true)", "occurred.\")");

    Compilation compilation = compile(b);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.changed-status]").inFile(source(b))
        .onLineContaining("void objectNotFound(");
    assertThat(compilation).hadErrorContaining("[errata.compat.retyped-parameter]").inFile(source(b))
        .onLineContaining("void rateLimited(");
    assertThat(compilation).hadErrorContaining("[errata.compat.not-retryable]").inFile(source(b))
        .onLineContaining("void internalServerError(");
    assertThat(compilation.errors()).hasSize(3);
  }

  @Test
  void acceptThenCheckPasses() throws IOException {
    update(VERSION_A);
    String b = versionB("status = 404", "status = 410");

    Compilation accepted = compile(b, "errata.mode=accept", "errata.reason=410 says it is gone for good");
    Compilation checked = compile(b);

    assertThat(accepted).succeededWithoutWarnings();
    assertThat(accepted).hadNoteContaining("[errata.compat.accepted] recorded 1 acknowledged break(s)");
    assertThat(Files.readString(baseline.resolve(CATALOG + ".accepted.json")))
        .contains("\"reason\": \"410 says it is gone for good\"");
    assertThat(checked).succeededWithoutWarnings();
    assertThat(checked.generatedSourceFiles()).isNotEmpty();
  }

  @Test
  void acceptWithoutAReasonFails() {
    update(VERSION_A);
    String b = versionB("status = 404", "status = 410");
    RecordingProcessor processor = new RecordingProcessor();

    Compilation compilation = compile(processor, b, "errata.mode=accept");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.missing-reason]").inFile(source(b))
        .onLineContaining(CATALOG_LINE);
    assertThat(Files.exists(baseline.resolve(CATALOG + ".accepted.json"))).isFalse();
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aStaleAcknowledgementFails() {
    update(VERSION_A);
    String b = versionB("status = 404", "status = 410");
    assertThat(compile(b, "errata.mode=accept", "errata.reason=gone")).succeeded();

    Compilation compilation = compile(VERSION_A);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.stale-acknowledgement]")
        .inFile(source(VERSION_A)).onLineContaining(CATALOG_LINE);
  }

  @Test
  void updateIsRefusedWhileABreakIsUnacknowledged() throws IOException {
    update(VERSION_A);
    String before = Files.readString(baseline.resolve(CATALOG + ".api.json"));
    String b = versionB("status = 404", "status = 410");

    Compilation compilation = compile(b, "errata.mode=update");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.update-refused]").inFile(source(b))
        .onLineContaining(CATALOG_LINE);
    assertThat(compilation).hadErrorContaining("[errata.compat.changed-status]").inFile(source(b))
        .onLineContaining("void objectNotFound(");
    assertThat(Files.readString(baseline.resolve(CATALOG + ".api.json"))).isEqualTo(before);
  }

  @Test
  void aRetiredTypeReusedIsRefused() throws IOException {
    update(VERSION_A);
    String without = VERSION_A.replace("  /** Something went wrong on the server. */\n"
        + "  @ApiError(status = 500, title = \"Oops! Something went wrong.\",\n"
        + "      detail = \"An internal server error has occurred.\", retryable = true)\n"
        + "  void internalServerError();\n\n", "");
    assertThat(without).isNotEqualTo(VERSION_A);
    assertThat(compile(without, "errata.mode=accept", "errata.reason=never sent")).succeeded();
    update(without);
    assertThat(Files.readString(baseline.resolve(CATALOG + ".api.json")))
        .contains("\"retiredTypes\": [\n    \"INTERNAL_SERVER_ERROR\"\n  ]");
    String reused = without.replace("  void rateLimited(int seconds);\n",
        "  void rateLimited(int seconds);\n\n  /** Down for maintenance. */\n"
            + "  @ApiError(status = 503, title = \"Maintenance.\", type = \"INTERNAL_SERVER_ERROR\")\n"
            + "  void maintenance();\n");
    RecordingProcessor processor = new RecordingProcessor();

    Compilation compilation = compile(processor, reused);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.retired-type]").inFile(source(reused))
        .onLineContaining("void maintenance()");
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aBaselineThatIsNotJsonIsAClearError() throws IOException {
    Files.writeString(baseline.resolve(CATALOG + ".api.json"), "{\"formatVersion\": 1,");
    RecordingProcessor processor = new RecordingProcessor();

    Compilation compilation = compile(processor, VERSION_A);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.file] " + CATALOG
        + ".api.json is not valid JSON (line 1, column 21: the text ends inside an object)")
        .inFile(source(VERSION_A)).onLineContaining(CATALOG_LINE);
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aBaselineOfAnotherFormatVersionIsAClearError() throws IOException {
    Files.writeString(baseline.resolve(CATALOG + ".api.json"), "{\"formatVersion\": 2}");

    Compilation compilation = compile(VERSION_A);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.file] " + CATALOG
        + ".api.json is of format version 2, and this errata reads version 1 only");
  }

  @Test
  void anUnknownModeIsAnError() {
    Compilation compilation = compile(VERSION_A, "errata.mode=overwrite");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.mode] errata.mode is \"overwrite\"");
  }

  @Test
  void aBaselineThatCannotBeWrittenIsAnError() throws IOException {
    // A link into a directory that does not exist: no baseline to read, and none can be written
    // (file permissions would not do, since tests may run as root).
    Files.createSymbolicLink(baseline.resolve(CATALOG + ".api.json"), baseline.resolve("gone/api.json"));

    Compilation compilation = compile(VERSION_A, "errata.mode=update");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.write] cannot write the baseline files in "
        + baseline).inFile(source(VERSION_A)).onLineContaining(CATALOG_LINE);
  }

  @Test
  void aBaselineOptionThatIsNotAPathIsAnError() {
    Compilation compilation = JAVAC.withOptions("-Aerrata.baseline=src\u0000main")
        .withProcessors(new ErrataProcessor()).compile(source(VERSION_A));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.compat.directory] errata.baseline");
  }

  @Test
  void aMovedCatalogIsABreakAndItsBaselineMovesWithIt() throws IOException {
    update(VERSION_A);
    String moved = VERSION_A.replace("package com.example;", "package com.example.api;");
    JavaFileObject source = JavaFileObjects.forSourceString("com.example.api.JourneyErrors", moved);
    RecordingProcessor processor = new RecordingProcessor();
    Compiler javac = JAVAC.withOptions("-Aerrata.baseline=" + baseline);

    Compilation checked = javac.withProcessors(processor).compile(source);
    Compilation accepted = javac.withOptions("-Aerrata.baseline=" + baseline, "-Aerrata.mode=accept",
        "-Aerrata.reason=the API moved to its own package").withProcessors(new ErrataProcessor()).compile(source);
    Compilation updated = javac.withOptions("-Aerrata.baseline=" + baseline, "-Aerrata.mode=update")
        .withProcessors(new ErrataProcessor()).compile(source);
    Compilation again = javac.withProcessors(new ErrataProcessor()).compile(source);

    assertThat(checked).failed();
    assertThat(checked).hadErrorContaining("[errata.compat.renamed-catalog] catalog com.example.JourneyErrors"
        + " (stem Journey) is now com.example.api.JourneyErrors (stem Journey)")
        .inFile(source).onLineContaining(CATALOG_LINE);
    assertThat(checked.errors()).hasSize(1);
    assertThat(processor.created()).isEmpty();
    assertThat(accepted).succeededWithoutWarnings();
    assertThat(updated).succeededWithoutWarnings();
    try (Stream<Path> files = Files.list(baseline)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList())
          .containsExactly("com.example.api.JourneyErrors.api.json");
    }
    assertThat(again).succeededWithoutWarnings();
  }
}
