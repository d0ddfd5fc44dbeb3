package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.github.errata.processor.RandomCatalog.Param;
import io.github.errata.processor.RandomCatalog.RandomError;
import io.github.errata.processor.RandomCatalog.Segment;
import io.github.errata.processor.RandomCatalog.Slot;
import io.github.errata.processor.RandomCatalog.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random catalogs with random German translations (each literal changed, the placeholders in
 * another order, some keys left out), written as properties files and compiled through the
 * processor: every error, thrown in English and in German and decoded, gives the same class,
 * type, status and arguments (or, where the detail can be read more than one way, none), with the
 * title and detail as sent. The fast tier runs a few seeds; {@code errata.translations.tries} more.
 */
class RandomTranslationTest {

  private static final long DEFAULT_SEED = 20_261_206L;
  private static final AtomicInteger SENT = new AtomicInteger();
  private static final AtomicInteger READ_BACK = new AtomicInteger();

  @TempDir Path directory;

  static LongStream seeds() {
    int tries = Integer.getInteger("errata.translations.tries", 12);
    String given = System.getProperty("errata.translations.seed", "");
    long first = given.isEmpty() ? DEFAULT_SEED : Long.parseLong(given);
    System.out.printf("Random translated catalogs: %d from seed %d%n", tries, first);
    return LongStream.range(0, tries).map(i -> first + i);
  }

  @ParameterizedTest(name = "catalog of seed {0}")
  @MethodSource("seeds")
  void everyErrorRoundTripsInEveryLanguage(long seed) throws Exception {
    RandomCatalog catalog = RandomCatalogs.catalog(seed);
    Random random = new Random(seed);
    Map<String, String[]> german = new LinkedHashMap<>();
    StringBuilder file = new StringBuilder("# random German of seed " + seed + "\n");
    for (RandomError error : catalog.errors()) {
      String title = random.nextInt(8) == 0 ? null : "DE " + error.title() + " ü";
      String detail = error.detail().isEmpty() || random.nextInt(8) == 0 ? null
          : germanTemplate(error, random);
      german.put(error.type(), new String[] {title, detail});
      if (title != null) {
        file.append(error.type()).append(".title = ").append(escape(title)).append('\n');
      }
      if (detail != null) {
        file.append(error.type()).append(".detail : ").append(escape(detail)).append('\n');
      }
    }
    Files.writeString(directory.resolve(catalog.qualified(catalog.interfaceName()) + "_de.properties"),
        file, StandardCharsets.UTF_8);
    try {
      check(catalog);
    } catch (Exception | AssertionError e) {
      throw new AssertionError("the catalog of seed " + seed + " (again with"
          + " -Derrata.translations.seed=" + seed + " -Derrata.translations.tries=1):\n" + catalog
          + "\n" + file, e);
    }
  }

  @AfterAll
  static void summary() {
    System.out.printf("Random translated catalogs: %d bodies sent and decoded, arguments read back"
        + " from %d%n", SENT.get(), READ_BACK.get());
    assertThat(READ_BACK.get()).isGreaterThan(0);
  }

  private void check(RandomCatalog catalog) throws Exception {
    CompiledCatalog compiled = CompiledCatalog.compile(
        List.of("errata.translations=" + directory),
        catalog.sources().toArray(JavaFileObject[]::new));
    CatalogRuntime runtime = new CatalogRuntime(compiled, catalog.qualified(catalog.stem()));
    for (RandomError error : catalog.errors()) {
      for (List<Object> arguments : error.argumentSets()) {
        List<Object> values = RandomCatalogTest.valuesOf(catalog, compiled, error, arguments);
        Object thrown = compiled.create(catalog.qualified(error.exceptionName()),
            values.toArray());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("de-CH"),
            Locale.JAPANESE)) {
          byte[] body = (byte[]) thrown.getClass().getMethod("toJsonBytes", Locale.class)
              .invoke(thrown, locale);
          Object decoded = runtime.decode(error.status(), body);
          SENT.incrementAndGet();
          String where = error.type() + " in " + locale + ": "
              + new String(body, StandardCharsets.UTF_8);
          assertWithMessage(where).that(decoded.getClass()).isEqualTo(thrown.getClass());
          assertWithMessage(where).that(compiled.call(decoded, "type")).isEqualTo(error.type());
          assertWithMessage(where).that(compiled.call(decoded, "status"))
              .isEqualTo(error.status());
          assertWithMessage(where).that(compiled.call(decoded, "title")).isEqualTo(
              thrown.getClass().getMethod("title", Locale.class).invoke(thrown, locale));
          assertWithMessage(where).that(compiled.call(decoded, "detail")).isEqualTo(
              thrown.getClass().getMethod("detail", Locale.class).invoke(thrown, locale));
          @SuppressWarnings("unchecked")
          Map<String, Object> read = (Map<String, Object>) compiled.call(decoded, "arguments");
          if (error.params().isEmpty()) {
            assertWithMessage(where).that(read).isEmpty();
          } else if (read.values().stream().allMatch(value -> value == null)
              && !sent(error, values).values().stream().allMatch(value -> value == null)) {
            // Read more than one way in every language: nothing read, the detail kept.
            continue;
          } else {
            assertWithMessage(where).that(read).isEqualTo(sent(error, values));
            READ_BACK.incrementAndGet();
          }
        }
      }
    }
  }

  /** The arguments as a detail carries them: a null String is the text "null". */
  private static Map<String, Object> sent(RandomError error, List<Object> values) {
    Map<String, Object> sent = new LinkedHashMap<>();
    for (int i = 0; i < error.params().size(); i++) {
      Param param = error.params().get(i);
      Object value = values.get(i);
      sent.put(param.name(), value == null && param.kind() == RandomCatalog.Kind.STRING
          ? "null" : value);
    }
    return sent;
  }

  /**
   * A German template: every literal changed, the placeholders in reverse order, and text before,
   * between and after them, so no two are side by side.
   */
  private static String germanTemplate(RandomError error, Random random) {
    List<String> slots = new ArrayList<>();
    for (Segment segment : error.detail()) {
      if (segment instanceof Slot slot) {
        slots.add(slot.name());
      }
    }
    if (random.nextBoolean()) {
      Collections.reverse(slots);
    }
    StringBuilder out = new StringBuilder("Fehler «");
    int next = 0;
    for (Segment segment : error.detail()) {
      if (segment instanceof Text text) {
        out.append(text.text().replace("{", "{{").replace("}", "}}")).append(" · ");
      } else {
        out.append(" ‹{").append(slots.get(next++)).append("}› ");
      }
    }
    return out.append("» Ende").toString();
  }

  /** A value as a properties file writes it: backslashes, line breaks and leading blanks escaped. */
  private static String escape(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\f' -> out.append("\\f");
        case ' ' -> out.append(i == 0 ? "\\ " : " ");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
