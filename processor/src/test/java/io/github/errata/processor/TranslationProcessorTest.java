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
import java.util.Arrays;
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
 * Translation files through the processor: one bad file per {@code errata.translation-*} key,
 * reported with its file and line and nothing generated; a good file compiled into the error type
 * under -Werror; what is left untranslated a note, never a warning.
 */
class TranslationProcessorTest {

  private static final Compiler JAVAC =
      Compiler.compiler(ToolProvider.getSystemJavaCompiler()).withOptions("-Xlint:all", "-Werror");

  private static final String FILE = "test.ShopErrors_de.properties";

  private static final JavaFileObject CATALOG = JavaFileObjects.forSourceString("test.ShopErrors", """
      package test;

      import io.github.errata.ApiError;
      import io.github.errata.ErrorCatalog;

      /** Errors of the shop. */
      @ErrorCatalog(docs = "https://shop.example.com/errors")
      public interface ShopErrors {

        /** The order does not exist. */
        @ApiError(status = 404, title = "Order not found.",
            detail = "No order {orderId} for {customer}.")
        void orderNotFound(String orderId, String customer);

        /** The shop is busy. */
        @ApiError(status = 503, title = "Busy.", retryable = true)
        void busy();
      }
      """);

  @TempDir Path directory;

  /**
   * One bad file: its name, its text, the key reported and the line it names (0 for the file as a
   * whole).
   */
  record Case(String key, String file, String text, int line) {
    @Override
    public String toString() {
      return key;
    }
  }

  static Stream<Case> badFiles() {
    return Stream.of(
        new Case("errata.translation-unknown-error", FILE,
            "BUSY.title=Beschäftigt.\nORDER_NOT_FUND.title=Bestellung nicht gefunden.\n", 2),
        new Case("errata.translation-unknown-member", FILE,
            "# the link is not translated\nBUSY.see=https://example.de\n", 2),
        new Case("errata.translation-key", FILE, "\n\ntitle=Beschäftigt.\n", 3),
        new Case("errata.translation-duplicate", FILE,
            "BUSY.title=Beschäftigt.\nBUSY.title = Belegt.\n", 2),
        new Case("errata.translation-blank-title", FILE, "BUSY.title=   \n", 1),
        new Case("errata.translation-template", FILE,
            "ORDER_NOT_FOUND.detail=Keine Bestellung {orderId für {customer}.\n", 1),
        new Case("errata.translation-unknown-placeholder", FILE,
            "ORDER_NOT_FOUND.detail=Keine Bestellung {orderId} für {customer} in {store}.\n", 1),
        new Case("errata.translation-missing-placeholder", FILE,
            "ORDER_NOT_FOUND.title=Bestellung nicht gefunden.\n"
                + "ORDER_NOT_FOUND.detail=Keine Bestellung {orderId}.\n", 2),
        // Continuation lines: the entry starts on line 2, and the mistake is on line 4.
        new Case("errata.translation-misspelt-placeholder", FILE,
            "! Bestellungen\nORDER_NOT_FOUND.title=Bestellung \\\n    nicht gefunden.\n"
                + "ORDER_NOT_FOUND.detail:Keine Bestellung {orderId} für {custmer}.\n", 4),
        new Case("errata.translation-syntax", FILE,
            "BUSY.title=Beschäftigt.\nORDER_NOT_FOUND.title=Bestellung \\u00G6\n", 2),
        new Case("errata.translation-language", "test.ShopErrors_de_CH.properties",
            "BUSY.title=Beschäftigt.\n", 0),
        new Case("errata.translation-language", "test.ShopErrors_en.properties",
            "BUSY.title=Busy!\n", 0));
  }

  private Compilation compile(String... options) {
    List<String> all = Arrays.stream(options).map(option -> "-A" + option)
        .collect(Collectors.toList());
    return JAVAC.withOptions(all).withProcessors(new ErrataProcessor()).compile(CATALOG);
  }

  private Compilation compileWith(Path dir) {
    return compile("errata.translations=" + dir);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void eachMistakeIsAnErrorNamingItsFileAndLine(Case c) throws IOException {
    Path file = directory.resolve(c.file());
    Files.writeString(file, c.text(), StandardCharsets.UTF_8);
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = JAVAC.withOptions("-Aerrata.translations=" + directory)
        .withProcessors(processor).compile(CATALOG);
    assertThat(compilation).failed();
    String where = c.line() == 0 ? file.toString() : file + ":" + c.line() + ":";
    assertThat(compilation).hadErrorContaining("[" + c.key() + "] " + where);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreAnErrorOnTheirLine() throws IOException {
    Path file = directory.resolve(FILE);
    byte[] latin1 = "BUSY.title=Besch\u00e4ftigt.\nORDER_NOT_FOUND.title=Gr\u00fc\u00dfe\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, latin1);
    Compilation compilation = compileWith(directory);
    assertThat(compilation).failed();
    // The first bad byte is on line 1.
    assertThat(compilation).hadErrorContaining("[errata.translation-encoding] " + file + ":1:");
    assertThat(compilation).hadErrorContaining("E4");
  }

  @Test
  void aFileThatCannotBeReadIsAnError() throws IOException {
    Files.createDirectory(directory.resolve(FILE));
    Compilation compilation = compileWith(directory);
    assertThat(compilation).hadErrorContaining("[errata.translation-file] " + directory.resolve(FILE));
  }

  @Test
  void aDirectoryThatIsNotThereIsAnError() {
    Compilation compilation = compileWith(directory.resolve("missing"));
    assertThat(compilation).hadErrorContaining("[errata.translation-directory]");
  }

  @Test
  void aBadLanguageOnTheCatalogIsAnErrorOnItsValue() {
    JavaFileObject bad = JavaFileObjects.forSourceString("test.BadErrors", """
        package test;

        import io.github.errata.ApiError;
        import io.github.errata.ErrorCatalog;

        /** Errors. */
        @ErrorCatalog(language = "english!")
        public interface BadErrors {
          /** Busy. */
          @ApiError(status = 503, title = "Busy.")
          void busy();
        }
        """);
    Compilation compilation = JAVAC.withProcessors(new ErrataProcessor()).compile(bad);
    assertThat(compilation).hadErrorContaining("[errata.language]").inFile(bad).onLine(7);
  }

  @Test
  void anAdjacentPairOfPlaceholdersIsAWarning() throws IOException {
    Files.writeString(directory.resolve(FILE),
        "ORDER_NOT_FOUND.detail={orderId}{customer}\n", StandardCharsets.UTF_8);
    Compilation compilation = Compiler.javac().withProcessors(new ErrataProcessor())
        .withOptions("-Aerrata.translations=" + directory).compile(CATALOG);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[errata.translation-ambiguous] "
        + directory.resolve(FILE) + ":1:");
  }

  @Test
  void aGoodTranslationIsCompiledIntoTheErrorTypeAndWhatIsMissingIsANote() throws IOException {
    Files.writeString(directory.resolve(FILE), """
        # Deutsch
        ORDER_NOT_FOUND.title = Bestellung nicht gefunden.
        ORDER_NOT_FOUND.detail = Keine Bestellung {orderId} für {customer}.
        BUSY.title = Beschäftigt.
        """, StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("test.ShopErrors_fr.properties"),
        "BUSY.title = Occupé.\nORDER_NOT_FOUND.detail = Pas de commande {orderId} pour {customer}.\n",
        StandardCharsets.UTF_8);
    // Another catalog's file in the same directory is not this one's.
    Files.writeString(directory.resolve("test.Shop_it.properties"), "NOPE.title=x\n",
        StandardCharsets.UTF_8);
    Compilation compilation = compileWith(directory);
    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).isEmpty();
    List<Diagnostic<? extends JavaFileObject>> notes = compilation.notes().stream()
        .filter(note -> note.getMessage(null).contains("[errata.translation-untranslated]"))
        .collect(Collectors.toList());
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getMessage(null)).contains(
        "test.ShopErrors_fr.properties (fr) leaves 1 of 2 error(s) of test.ShopErrors partly or"
            + " wholly untranslated, sent in en instead: ORDER_NOT_FOUND (title)");
    String enumSource = Catalogs.generatedSources(compilation).get("ShopError.java");
    assertThat(enumSource).contains(".language(\"en\")");
    assertThat(enumSource).contains(".translation(\"de\", \"Bestellung nicht gefunden.\", "
        + "\"Keine Bestellung {orderId} für {customer}.\")");
    assertThat(enumSource).contains(".translation(\"fr\", null, "
        + "\"Pas de commande {orderId} pour {customer}.\")");
    assertThat(enumSource).contains(".translation(\"de\", \"Beschäftigt.\", null)");
    // The documentation page says which languages the catalog has, and each error's texts.
    String page = Catalogs.generatedFiles(compilation).get("test.ShopErrors.md");
    assertThat(page).contains("Titles and details are written in `en` and translated into `de`,"
        + " `fr`");
    assertThat(page).contains("- `de`: Bestellung nicht gefunden."
        + " `Keine Bestellung {orderId} für {customer}.`");
    assertThat(page).contains("- `fr`: Order not found. `Pas de commande {orderId} pour {customer}.`");
  }

  @Test
  void withoutTheOptionNothingChanges() {
    Compilation compilation = compile();
    assertThat(compilation).succeeded();
    assertThat(Catalogs.generatedSources(compilation).get("ShopError.java"))
        .doesNotContain(".language(");
  }

  @Test
  void everyTranslationKeyHasACase() {
    Set<String> covered = badFiles().map(Case::key).collect(Collectors.toSet());
    covered.addAll(Set.of("errata.translation-encoding", "errata.translation-file",
        "errata.translation-directory", "errata.translation-ambiguous",
        "errata.translation-untranslated"));
    for (ErrataMessage message : ErrataMessage.values()) {
      if (message.key().startsWith("errata.translation")) {
        assertWithMessage("a case for %s", message.key()).that(covered).contains(message.key());
      }
    }
  }
}
