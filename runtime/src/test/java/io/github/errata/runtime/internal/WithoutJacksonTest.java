package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson is an optional dependency of the runtime, for its Jackson glue alone: with no Jackson
 * on the class path at all, every other class of the runtime loads and initialises, and a catalog
 * throws, writes and decodes.
 */
class WithoutJacksonTest {

  private static URL where(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  /** The runtime's classes, the annotations and these tests' classes, and nothing else. */
  private static URLClassLoader withoutJackson() {
    return new URLClassLoader(new URL[] {where(ApiErrorException.class), where(WireFormat.class),
        where(NoJacksonProbe.class)}, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void theLoaderHasNoJackson() throws IOException {
    try (URLClassLoader loader = withoutJackson()) {
      for (String jackson : List.of("com.fasterxml.jackson.core.JsonGenerator",
          "com.fasterxml.jackson.databind.ObjectMapper", "tools.jackson.core.JsonGenerator",
          "tools.jackson.databind.json.JsonMapper")) {
        assertThrows(ClassNotFoundException.class, () -> loader.loadClass(jackson), jackson);
      }
    }
  }

  @Test
  void everyClassButTheJacksonGlueLoadsWithoutJackson() throws Exception {
    Path classes = Path.of(where(ApiErrorException.class).toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      // package-info has no code: it loads anywhere.
      names = files.filter(f -> f.toString().endsWith(".class"))
          .filter(f -> !f.getFileName().toString().equals("package-info.class"))
          .map(f -> classes.relativize(f).toString().replace('\\', '/'))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    }
    assertTrue(names.contains(ApiErrorException.class.getName()), names.toString());
    int glue = 0;
    try (URLClassLoader loader = withoutJackson()) {
      for (String name : names) {
        if (name.contains(".internal.jackson")) {
          glue++;
          // Only what a generated Jackson module names, so it is never loaded without Jackson.
          assertThrows(NoClassDefFoundError.class, () -> Class.forName(name, true, loader), name);
        } else {
          assertEquals(name, Class.forName(name, true, loader).getName());
        }
      }
    }
    assertTrue(glue >= 10, "the Jackson glue of both Jacksons: " + glue);
  }

  @Test
  void aCatalogThrowsWritesAndDecodesWithoutJackson() throws Exception {
    try (URLClassLoader loader = withoutJackson()) {
      Class<?> probe = Class.forName(NoJacksonProbe.class.getName(), true, loader);
      String expected = "No task found with ID: '42'\n{objectType=task, id=42}\n"
          + new String(new Journey.JourneyException(Journey.OBJECT_NOT_FOUND, "task", "42")
              .toJsonBytes(), UTF_8);
      assertEquals(expected, probe.getMethod("run").invoke(null));
    }
  }
}
