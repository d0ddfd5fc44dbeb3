package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.errata.processor.internal.model.CatalogModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A catalog far larger than an enum can hold compiles, and every one of its errors works: made,
 * looked up, written, read back through the decoder and through Jackson. The size is 5,000 errors,
 * or {@code -Derrata.scale.errors=N}.
 */
@Tag("thorough")
class ScaleTest {

  private static final int ERRORS = Integer.getInteger("errata.scale.errors", 5000);

  @Test
  void everyErrorOfAHugeCatalogRoundTrips() throws Exception {
    CompiledCatalog compiled = CompiledCatalog.compile(catalog(ERRORS));
    CatalogRuntime runtime = new CatalogRuntime(compiled, "scale.Huge");
    assertThat(compiled.type("scale.HugeError").isEnum()).isEqualTo(ERRORS <= CatalogModel.ENUM_CAPACITY);
    Object[] errors = (Object[]) compiled.call("scale.HugeError", "values");
    assertThat(errors).hasLength(ERRORS);
    Object mode = compiled.call("scale.HugeErrors$Mode", "valueOf", "SLOW");
    UUID id = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    for (int i = 0; i < ERRORS; i++) {
      String type = "ERROR" + i;
      Object error = errors[i];
      assertThat(error.toString()).isEqualTo(type);
      assertThat(compiled.call("scale.HugeError", "fromType", type)).isEqualTo(Optional.of(error));
      assertThat(compiled.call(error, "status")).isEqualTo(status(i));
      Map<String, Object> arguments = new LinkedHashMap<>();
      Object thrown = switch (i % 4) {
        case 0 -> compiled.create("scale.Error" + i + "Exception",
            put(arguments, "name", "n" + i, "count", i));
        case 1 -> compiled.create("scale.Error" + i + "Exception");
        case 2 -> compiled.create("scale.Error" + i + "Exception", put(arguments, "id", id));
        default -> compiled.create("scale.Error" + i + "Exception",
            put(arguments, "mode", mode, "ratio", i / 8.0, "strict", i % 3 == 0));
      };
      assertThat(compiled.call(thrown, "error")).isEqualTo(Optional.of(error));
      Object decoded = runtime.assertRoundTrip(thrown, arguments);
      Object read = runtime.mapper().readValue(runtime.json(thrown), thrown.getClass());
      assertThat(compiled.call(read, "detail")).isEqualTo(compiled.call(decoded, "detail"));
    }
  }

  @Test
  void aConstantOfTheClassFormIsItselfAfterSerialization() throws Exception {
    CompiledCatalog compiled = CompiledCatalog.compile(catalog(CatalogModel.ENUM_CAPACITY + 1));
    assertThat(compiled.type("scale.HugeError").isEnum()).isFalse();
    Object error = ((Object[]) compiled.call("scale.HugeError", "values"))[CatalogModel.ENUM_CAPACITY];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(error);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass description) {
        return compiled.type(description.getName());
      }
    }) {
      assertThat(in.readObject()).isSameInstanceAs(error);
    }
  }

  @Test
  void theLargestCatalogGeneratedAsAnEnumCompiles() {
    CompiledCatalog compiled = CompiledCatalog.compile(catalog(CatalogModel.ENUM_CAPACITY));
    CatalogRuntime runtime = new CatalogRuntime(compiled, "scale.Huge");
    assertThat(compiled.type("scale.HugeError").isEnum()).isTrue();
    int last = CatalogModel.ENUM_CAPACITY - 1; // an ENUM_CAPACITY divisible by 4 ends on a Mode error
    Object mode = compiled.call("scale.HugeErrors$Mode", "valueOf", "FAST");
    runtime.assertRoundTrip(compiled.create("scale.Error" + last + "Exception", mode, 0.5, true),
        Map.of("mode", mode, "ratio", 0.5, "strict", true));
    assertThat((Object[]) compiled.call("scale.HugeError", "values"))
        .hasLength(CatalogModel.ENUM_CAPACITY);
  }

  @Test
  void aCatalogPastTheLimitIsOneErrorOnTheCatalog() {
    JavaFileObject source = catalog(CatalogModel.MAX_ERRORS + 1);
    RecordingProcessor processor = new RecordingProcessor();
    Compilation compilation = Catalogs.compile(processor, source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[errata.catalog-size]")
        .inFile(source).onLineContaining("public interface HugeErrors");
    assertThat(processor.created()).isEmpty();
  }

  private static int status(int i) {
    return 400 + i % 200;
  }

  private static Object[] put(Map<String, Object> arguments, Object... namesAndValues) {
    Object[] values = new Object[namesAndValues.length / 2];
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
      values[i / 2] = namesAndValues[i + 1];
    }
    return values;
  }

  /** A catalog of {@code size} errors, with each kind of argument in turn. */
  private static JavaFileObject catalog(int size) {
    StringBuilder source = new StringBuilder()
        .append("package scale;\n\n")
        .append("import io.github.errata.ApiError;\n")
        .append("import io.github.errata.ErrorCatalog;\n\n")
        .append("/** A catalog of ").append(size).append(" errors. */\n")
        .append("@ErrorCatalog(docs = \"https://scale.example.com/errors\")\n")
        .append("public interface HugeErrors {\n\n")
        .append("  /** How a job ran. */\n")
        .append("  enum Mode { FAST, SLOW }\n");
    for (int i = 0; i < size; i++) {
      source.append("\n  /** Error number ").append(i).append(". */\n")
          .append("  @ApiError(status = ").append(status(i))
          .append(", title = \"Error ").append(i).append(".\"");
      switch (i % 4) {
        case 0 -> source.append(", detail = \"Thing {name} failed {count} times\")\n")
            .append("  void error").append(i).append("(String name, int count);\n");
        case 1 -> source.append(", retryable = true, see = \"https://scale.example.com/e").append(i)
            .append("\")\n  void error").append(i).append("();\n");
        case 2 -> source.append(", detail = \"No job {id}\")\n")
            .append("  void error").append(i).append("(java.util.UUID id);\n");
        default -> source.append(", detail = \"Mode {mode} at {ratio} (strict: {strict})\")\n")
            .append("  void error").append(i).append("(Mode mode, Double ratio, boolean strict);\n");
      }
    }
    return JavaFileObjects.forSourceString("scale.HugeErrors", source.append("}\n").toString());
  }
}
