package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.github.errata.processor.internal.parse.RuntimeCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the generated sources of each good catalog with the reviewed golden files under
 * {@code src/test/resources/expected/}. After an intended change, rewrite them with
 * {@code mvn -pl processor test -Dtest=GoldenFilesTest -Derrata.golden.update=true} and review
 * the diff like any other. The version that generated code checks at run time is written in them
 * as {@code ${errata.version}}.
 */
class GoldenFilesTest {

  private static final boolean UPDATE = Boolean.getBoolean("errata.golden.update");
  /**
   * The golden files hold this in place of the version generated code checks at run time, so a
   * new version number is not a change to review in every golden file.
   */
  private static final String VERSION_PLACEHOLDER = "ErrataVersion.require(\"${errata.version}\",";

  private static final Path EXPECTED = CompiledCatalog.moduleDirectory().resolve("src/test/resources/expected");

  @ParameterizedTest
  @ValueSource(strings = {"PaymentErrors", "ShopProblemErrors"})
  void generatedFilesMatchTheGoldenFiles(String catalog) throws IOException {
    Compilation compilation = Catalogs.compile(Catalogs.resource("good/test/" + catalog + ".java"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = Catalogs.generatedFiles(compilation);
    Path directory = EXPECTED.resolve(catalog);

    if (UPDATE) {
      rewrite(directory, generated);
      return;
    }
    assertWithMessage("golden files of %s (rewrite with -Derrata.golden.update=true)", catalog)
        .that(generated.keySet())
        .containsExactlyElementsIn(listFiles(directory));
    for (Map.Entry<String, String> file : generated.entrySet()) {
      String expected = Files.readString(directory.resolve(file.getKey()), StandardCharsets.UTF_8)
          .replace(VERSION_PLACEHOLDER, versionArgument());
      assertWithMessage("%s differs from its golden file", file.getKey())
          .that(file.getValue())
          .isEqualTo(expected);
    }
  }

  private static String versionArgument() {
    return "ErrataVersion.require(\"" + RuntimeCheck.PROCESSOR_VERSION + "\",";
  }

  private static void rewrite(Path directory, Map<String, String> generated) throws IOException {
    Files.createDirectories(directory);
    for (String stale : listFiles(directory)) {
      Files.delete(directory.resolve(stale));
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Files.writeString(directory.resolve(file.getKey()),
          file.getValue().replace(versionArgument(), VERSION_PLACEHOLDER), StandardCharsets.UTF_8);
    }
  }

  private static TreeSet<String> listFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return new TreeSet<>();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
