package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generated code of one compiled catalog, used as a client and a server would: an
 * {@link ObjectMapper} with its Jackson module, its decoder, and a round-trip check.
 */
final class CatalogRuntime {

  private static final String[] COMPARED = {"type", "status", "title", "detail", "see", "arguments"};

  private final CompiledCatalog catalog;
  private final String prefix;
  private final ObjectMapper mapper;

  /**
   * @param prefix the package and stem of the generated types, such as {@code test.Payment}
   *     ({@code Payment} in the unnamed package)
   */
  CatalogRuntime(CompiledCatalog catalog, String prefix) {
    this.catalog = catalog;
    this.prefix = prefix;
    try {
      this.mapper = new ObjectMapper().registerModule(
          (Module) catalog.type(prefix + "JacksonModule").getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  CompiledCatalog catalog() {
    return catalog;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** The body the server would send for a thrown exception, through the Jackson module. */
  String json(Object thrown) {
    try {
      return mapper.writeValueAsString(thrown);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  Object decode(int status, String body) {
    return catalog.call(prefix + "ErrorDecoder", "decode", status, body);
  }

  Object decode(int status, byte[] body) {
    return catalog.call(prefix + "ErrorDecoder", "decode", status, body);
  }

  /**
   * Sends the exception through JSON and the decoder, and checks that the client gets the same
   * class with the same members, these arguments among them, and that it writes the same body.
   */
  Object assertRoundTrip(Object thrown, Map<String, Object> arguments) {
    assertThat(catalog.call(thrown, "arguments")).isEqualTo(arguments);
    int status = (Integer) catalog.call(thrown, "status");
    String json = json(thrown);
    Object decoded = decode(status, json);
    assertThat(decoded.getClass()).isEqualTo(thrown.getClass());
    for (String member : COMPARED) {
      assertThat(catalog.call(decoded, member)).isEqualTo(catalog.call(thrown, member));
    }
    assertThat(json(decoded)).isEqualTo(json);
    return decoded;
  }

  /** Arguments by name, in order: {@code args("id", 7, "name", "x")}. */
  static Map<String, Object> args(Object... namesAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }
}
