package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.errata.ErrorCatalog;
import io.github.errata.runtime.ApiErrorException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What build tools and users rely on beyond the generated code itself. */
class ProcessorContractTest {

  @Test
  void everyGeneratedFileHasTheCatalogAsItsOnlyOriginatingElement() {
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation =
        Catalogs.compile(processor, Catalogs.resource("good/test/PaymentErrors.java"));
    assertThat(compilation).succeeded();

    // Every source, and the three documentation files.
    assertThat(processor.origins).hasSize(compilation.generatedSourceFiles().size() + 3);
    assertThat(processor.created()).containsAtLeast("/META-INF/errata/test.PaymentErrors.md",
        "/META-INF/errata/test.PaymentErrors.json", "/META-INF/errata/test.PaymentErrors.openapi.json");
    for (Map.Entry<String, List<Element>> file : processor.origins.entrySet()) {
      assertThat(file.getValue()).hasSize(1);
      TypeElement origin = (TypeElement) file.getValue().get(0);
      assertThat(origin.getQualifiedName().toString()).isEqualTo("test.PaymentErrors");
    }
  }

  @Test
  void anUnexpectedFailureIsAnErrorOnTheCatalogNotACrash() {
    JavaFileObject catalog = Catalogs.resource("good/test/PaymentErrors.java");
    Compilation compilation =
        Compiler.javac().withProcessors(new RecordingProcessor(true)).compile(catalog);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[errata.internal] internal error in errata while"
            + " processing test.PaymentErrors; please report it")
        .inFile(catalog).onLineContaining("public interface PaymentErrors");
    assertThat(compilation).hadErrorContaining("disk on fire");
  }

  @Test
  void gradleTreatsTheProcessorAsIsolating() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").strip())
        .isEqualTo(ErrataProcessor.class.getName() + ",isolating");
  }

  @Test
  void theProcessorIsRegisteredAsAService() throws IOException {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").strip())
        .isEqualTo(ErrataProcessor.class.getName());
  }

  @Test
  void twoCompilationsWriteIdenticalSources() {
    Map<String, String> first = Catalogs.generatedFiles(
        Catalogs.compile(Catalogs.resource("good/test/PaymentErrors.java")));
    Map<String, String> second = Catalogs.generatedFiles(
        Catalogs.compile(Catalogs.resource("good/test/PaymentErrors.java")));
    assertThat(first).isNotEmpty();
    assertThat(second).containsExactlyEntriesIn(first);
  }

  @Test
  void withoutJacksonOnlyTheModulesAreLeftOutAndNothingIsSaid() throws URISyntaxException {
    File annotations =
        new File(ErrorCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    File runtime =
        new File(ApiErrorException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withClasspath(List.of(annotations, runtime))
        .withOptions("-Xlint:all", "-Werror")
        .compile(Catalogs.resource("good/test/PaymentErrors.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes()).isEmpty();
    assertThat(Catalogs.generatedSources(compilation).keySet()).containsNoneOf(
        "PaymentJacksonModule.java", "PaymentJackson3Module.java");
    assertThat(Catalogs.generatedSources(compilation).keySet()).containsAtLeast(
        "PaymentError.java", "PaymentException.java", "PaymentErrorBody.java",
        "PaymentErrorDecoder.java", "CardDeclinedException.java");
  }

  @Test
  void aSecondCatalogWithTheSameStemIsAnErrorAndTheFirstIsUntouched() {
    JavaFileObject orders = JavaFileObjects.forSourceLines("test.OrderErrors",
        "package test;",
        "import io.github.errata.*;",
        "/** Orders. */",
        "@ErrorCatalog(name = \"Shop\")",
        "public interface OrderErrors {",
        "  /** Gone. */",
        "  @ApiError(status = 404, title = \"Order not found.\")",
        "  void orderNotFound();",
        "}");
    JavaFileObject carts = JavaFileObjects.forSourceLines("test.CartErrors",
        "package test;",
        "import io.github.errata.*;",
        "/** Carts. */",
        "@ErrorCatalog(name = \"Shop\")",
        "public interface CartErrors {",
        "  /** Gone. */",
        "  @ApiError(status = 404, title = \"Cart not found.\")",
        "  void cartNotFound();",
        "}");
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(orders, carts);

    assertThat(compilation).hadErrorContaining("[errata.name-collision] the generated ShopError would"
            + " have the name of a type generated for the catalog test.OrderErrors")
        .inFile(carts).onLineContaining("name = \"Shop\"");
    assertThat(compilation.errors()).hasSize(1);
    assertThat(processor.created()).contains("test.OrderNotFoundException");
    assertThat(processor.created()).doesNotContain("test.CartNotFoundException");
  }

  @Test
  void anExceptionNamedLikeAJavaLangTypeTheCodeDoesNotUseIsFine() {
    JavaFileObject catalog = JavaFileObjects.forSourceLines("test.ReflectionErrors",
        "package test;",
        "import io.github.errata.*;",
        "/** Reflection. */",
        "@ErrorCatalog",
        "public interface ReflectionErrors {",
        "  /** No such method. */",
        "  @ApiError(status = 404, title = \"No such method.\", detail = \"No method {name}.\")",
        "  void noSuchMethod(String name);",
        "  /** No such class. */",
        "  @ApiError(status = 404, title = \"Class not found.\")",
        "  void classNotFound();",
        "}");
    assertThat(Catalogs.compile(catalog)).succeededWithoutWarnings();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ErrataProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
