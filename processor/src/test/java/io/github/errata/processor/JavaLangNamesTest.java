package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.errata.processor.internal.OutputFiler;
import io.github.errata.processor.internal.parse.CatalogParser;
import io.github.errata.processor.internal.parse.DocComments;
import io.github.errata.processor.internal.parse.Reporter;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which java.lang types generated code names by their simple names is derived from the code as
 * it is laid out ({@link OutputFiler.Rendered#javaLangNames()}), and the processor refuses a
 * package type that would hide one. These tests read the code itself, the generated sources of
 * every good catalog and the golden files, for java.lang names, and hold the derived set to them;
 * and show that the refusal follows what a catalog's code uses.
 */
class JavaLangNamesTest {

  private static final Path RESOURCES = CompiledCatalog.moduleDirectory().resolve("src/test/resources");

  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w$])[A-Z][A-Za-z0-9_$]*\\b");

  /** Comments, string literals and char literals, which may name anything. */
  private static final Pattern NOT_CODE = Pattern.compile(
      "(?s)/\\*.*?\\*/|//[^\n]*|\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])+'");

  static Stream<Path> goodCatalogs() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("good"))) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goodCatalogs")
  void theDerivedNamesOfEachGeneratedFileAreTheJavaLangNamesInItsCode(Path catalog) throws IOException {
    Map<String, OutputFiler.Rendered> rendered = render(source(catalog));
    assertWithMessage("catalogs rendered from %s", catalog).that(rendered).isNotEmpty();
    for (OutputFiler.Rendered files : rendered.values()) {
      for (OutputFiler.Source file : files.sources()) {
        // Every one the code names is derived; every one derived is in the file (Javadoc links
        // count too, which is why the second is read with the comments).
        assertWithMessage("java.lang types named in the code of %s", file.name())
            .that(file.javaLangNames())
            .containsAtLeastElementsIn(javaLangNamesIn(file.text(), false));
        assertWithMessage("java.lang types derived for %s", file.name())
            .that(javaLangNamesIn(file.text(), true))
            .containsAtLeastElementsIn(file.javaLangNames());
      }
      assertThat(files.javaLangNames()).contains("String");

    }
  }

  @ParameterizedTest
  @MethodSource("goldenCatalogs")
  void everyJavaLangNameInAGoldenFileIsInTheDerivedSet(String catalog) throws IOException {
    Map<String, OutputFiler.Rendered> rendered =
        render(source(RESOURCES.resolve("good/test/" + catalog + ".java")));
    SortedSet<String> derived = rendered.get("test." + catalog).javaLangNames();
    Set<String> named = new TreeSet<>();
    Set<String> mentioned = new TreeSet<>();
    try (Stream<Path> files = Files.list(RESOURCES.resolve("expected").resolve(catalog))) {
      for (Path golden : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(golden, StandardCharsets.UTF_8);
        Set<String> inCode = javaLangNamesIn(text, false);
        assertWithMessage("java.lang types named in the code of %s", golden.getFileName())
            .that(derived).containsAtLeastElementsIn(inCode);
        named.addAll(inCode);
        mentioned.addAll(javaLangNamesIn(text, true));
      }
    }
    // Not a vacuous pass: the golden files name java.lang types, and each derived one is there.
    assertThat(named).isNotEmpty();
    assertThat(mentioned).containsAtLeastElementsIn(derived);
  }

  static Stream<String> goldenCatalogs() throws IOException {
    try (Stream<Path> directories = Files.list(RESOURCES.resolve("expected"))) {
      return directories.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void theScanSeesJavaLangNamesInCodeOnly() {
    String source = String.join("\n",
        "/** A Process, a Thread. */",
        "class A extends Number { // a Runtime",
        "  java.lang.Module module;",
        "  String text = \"a System\";",
        "  char c = 'S';",
        "  Thread.State state;",
        "  Map.Entry<Character, Object> entry;",
        "}");
    assertThat(javaLangNamesIn(source, false))
        .containsExactly("Character", "Number", "Object", "String", "Thread");
    assertThat(javaLangNamesIn(source, true)).containsExactly("Character", "Number", "Object",
        "Process", "Runtime", "String", "System", "Thread");
  }

  @Test
  void aPackageTypeHidingJavaLangIsRefusedOnlyWhereTheCatalogsCodeNamesIt() {
    // Integer: named by the code of an error with an int argument, and by no other code.
    JavaFileObject integer = JavaFileObjects.forSourceLines("test.Integer",
        "package test;",
        "/** A whole number of this package, hiding java.lang.Integer. */",
        "public enum Integer { ZERO, ONE }");
    JavaFileObject withoutInt = stockCatalog("", "void outOfStock();");
    JavaFileObject withInt = stockCatalog(", detail = \"{count} left.\"", "void outOfStock(int count);");
    assertThat(render(withoutInt).get("test.StockErrors").javaLangNames()).doesNotContain("Integer");
    assertThat(render(withInt).get("test.StockErrors").javaLangNames()).contains("Integer");

    assertThat(Catalogs.compile(withoutInt, integer)).succeededWithoutWarnings();

    RecordingProcessor processor = new RecordingProcessor();
    Compilation refused = Catalogs.compile(processor, withInt, integer);
    assertThat(refused).hadErrorContaining("[errata.name-collision] the type test.Integer hides"
            + " java.lang.Integer, which the generated code uses; rename it, or put the catalog in"
            + " another package")
        .inFile(withInt).onLineContaining("interface StockErrors");
    assertThat(refused.errors()).hasSize(1);
    assertThat(processor.created()).isEmpty();
  }

  @Test
  void aTypeHidingWhatAnotherCatalogOfThePackageNamesIsRefused() {
    JavaFileObject payments = Catalogs.resource("good/test/PaymentErrors.java");
    assertThat(render(payments).get("test.PaymentErrors").javaLangNames()).contains("RuntimeException");
    // The stem Runtime names the base exception RuntimeException: its own code then writes
    // java.lang.RuntimeException qualified, but PaymentErrors' code names it plainly.
    JavaFileObject runtime = JavaFileObjects.forSourceLines("test.RuntimeErrors",
        "package test;",
        "import io.github.errata.*;",
        "/** Errors of the runtime API. */",
        "@ErrorCatalog(name = \"Runtime\")",
        "public interface RuntimeErrors {",
        "  /** Gone. */",
        "  @ApiError(status = 404, title = \"Gone.\")",
        "  void gone();",
        "}");
    assertThat(render(runtime).get("test.RuntimeErrors").javaLangNames())
        .doesNotContain("RuntimeException");
    assertThat(Catalogs.compile(runtime)).succeededWithoutWarnings();

    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Catalogs.compile(processor, payments, runtime);
    // PaymentErrors comes first and is written; RuntimeErrors would then hide what it names.
    assertThat(compilation).hadErrorContaining("[errata.name-collision] the generated"
            + " RuntimeException would have the name of java.lang.RuntimeException, which the code"
            + " generated for another catalog of the package uses")
        .inFile(runtime).onLineContaining("interface RuntimeErrors");
    assertThat(compilation.errors()).hasSize(1);
    assertThat(processor.created()).contains("test.PaymentException");
    assertThat(processor.created()).doesNotContain("test.RuntimeException");

    // The other way round, the catalog written first takes the name and the second is refused.
    RecordingProcessor reversed = new RecordingProcessor();
    Compilation other = Catalogs.compile(reversed, runtime, payments);
    assertThat(other).hadErrorContaining("[errata.name-collision] the type test.RuntimeException"
            + " hides java.lang.RuntimeException, which the generated code uses")
        .inFile(payments).onLineContaining("interface PaymentErrors");
    assertThat(other.errors()).hasSize(1);
    assertThat(reversed.created()).doesNotContain("test.PaymentException");
  }

  private static JavaFileObject stockCatalog(String detail, String method) {
    return JavaFileObjects.forSourceLines("test.StockErrors",
        "package test;",
        "import io.github.errata.*;",
        "/** Errors of the stock API. */",
        "@ErrorCatalog",
        "public interface StockErrors {",
        "  /** Sold out. */",
        "  @ApiError(status = 409, title = \"Out of stock.\"" + detail + ")",
        "  " + method,
        "}");
  }

  /**
   * The unqualified simple names of java.lang types in a source: in its code only (outside comments
   * and literals), or anywhere.
   */
  static Set<String> javaLangNamesIn(String source, boolean withComments) {
    Set<String> names = new TreeSet<>();
    String text = withComments ? source : NOT_CODE.matcher(source).replaceAll(" ");
    Matcher identifier = IDENTIFIER.matcher(text);
    while (identifier.find()) {
      if (isJavaLangType(identifier.group())) {
        names.add(identifier.group());
      }
    }
    return names;
  }

  /** Whether java.lang has a type of this simple name. */
  static boolean isJavaLangType(String simpleName) {
    try {
      Class.forName("java.lang." + simpleName, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static JavaFileObject source(Path file) throws MalformedURLException {
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  /** Each catalog of the sources, parsed and rendered as the processor does, by qualified name. */
  private static Map<String, OutputFiler.Rendered> render(JavaFileObject... sources) {
    RenderingProcessor processor = new RenderingProcessor();
    Compilation compilation = Catalogs.compile(processor, sources);
    assertThat(compilation.errors()).isEmpty();
    return processor.rendered;
  }

  /** Parses each catalog and builds its files in memory, as the processor does, writing nothing. */
  private static final class RenderingProcessor extends AbstractProcessor {

    final Map<String, OutputFiler.Rendered> rendered = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of(CatalogParser.ERROR_CATALOG, CatalogParser.API_ERROR);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(CatalogParser.ERROR_CATALOG);
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        TypeElement catalog = (TypeElement) element;
        CatalogParser.Result result = new CatalogParser(processingEnv.getElementUtils(),
            DocComments.of(processingEnv), new Reporter(processingEnv.getMessager()), new HashMap<>())
            .parse(catalog);
        assertWithMessage("outcome of %s", catalog).that(result.outcome())
            .isEqualTo(CatalogParser.Outcome.PARSED);
        rendered.put(catalog.getQualifiedName().toString(),
            OutputFiler.render(result.model(), catalog));
      }
      return true;
    }
  }
}
