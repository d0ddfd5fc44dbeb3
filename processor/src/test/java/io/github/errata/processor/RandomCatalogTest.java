package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.processor.RandomCatalog.Kind;
import io.github.errata.processor.RandomCatalog.Param;
import io.github.errata.processor.RandomCatalog.RandomError;
import io.github.errata.processor.RandomCatalog.Segment;
import io.github.errata.processor.RandomCatalog.Slot;
import io.github.errata.processor.RandomCatalog.TestEnum;
import io.github.errata.processor.RandomCatalog.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid catalogs, each compiled with the processor under {@code -Xlint:all -Werror}: the
 * generated code must compile without a warning, and every error must survive JSON through the
 * generated Jackson module and come back from the generated decoder as it was thrown. Whether its
 * arguments come back is worked out here, apart from the generated code, from the template.
 *
 * <p>One test is one catalog, made from its own seed: the run's first seed plus its index.
 * {@code -Derrata.properties.tries=N} sets how many (200 by default). The first seed is fixed, so
 * that a run can be repeated, and printed; {@code -Derrata.properties.seed=S} starts from S instead
 * (a new S now and then gives breadth), and a failure's own seed with
 * {@code -Derrata.properties.tries=1} makes its catalog again. Part of the thorough tier.
 */
@Tag("thorough")
class RandomCatalogTest {

  private static final int DEFAULT_TRIES = 200;

  /** The first seed unless one is given: fixed, so every run of the tier tries the same catalogs. */
  private static final long DEFAULT_SEED = 20_261_201L;

  private static final AtomicInteger CATALOGS = new AtomicInteger();
  private static final AtomicInteger EXCEPTIONS = new AtomicInteger();
  private static final AtomicInteger READ_BACK = new AtomicInteger();
  private static final AtomicInteger NOT_READ_BACK = new AtomicInteger();

  static LongStream seeds() {
    int tries = Integer.getInteger("errata.properties.tries", DEFAULT_TRIES);
    String given = System.getProperty("errata.properties.seed", "");
    long first = given.isEmpty() ? DEFAULT_SEED : Long.parseLong(given);
    System.out.printf("Random catalogs: %d from seed %d%n", tries, first);
    return LongStream.range(0, tries).map(i -> first + i);
  }

  @ParameterizedTest(name = "catalog of seed {0}")
  @MethodSource("seeds")
  void everyErrorRoundTripsThroughJsonAndTheDecoder(long seed) {
    RandomCatalog catalog = RandomCatalogs.catalog(seed);
    try {
      check(catalog);
    } catch (Exception | AssertionError e) {
      throw new AssertionError("the catalog of seed " + seed + " (make it again with"
          + " -Derrata.properties.seed=" + seed + " -Derrata.properties.tries=1):\n" + catalog, e);
    }
  }

  @AfterAll
  static void summary() {
    System.out.printf("Random catalogs: %d compiled, %d exceptions round-tripped; arguments read back"
        + " from %d details, not from %d (ambiguous)%n", CATALOGS.get(), EXCEPTIONS.get(),
        READ_BACK.get(), NOT_READ_BACK.get());
    if (CATALOGS.get() >= 100) {
      // Both ways of the oracle must be exercised, or the property says less than it seems to.
      assertThat(READ_BACK.get()).isGreaterThan(0);
      assertThat(NOT_READ_BACK.get()).isGreaterThan(0);
    }
  }

  private static void check(RandomCatalog catalog) throws Exception {
    CompiledCatalog compiled = CompiledCatalog.compile(catalog.sources().toArray(JavaFileObject[]::new));
    CatalogRuntime runtime = new CatalogRuntime(compiled, catalog.qualified(catalog.stem()));
    for (RandomError error : catalog.errors()) {
      checkConstant(catalog, compiled, error);
      for (List<Object> arguments : error.argumentSets()) {
        roundTrip(catalog, runtime, error, values(catalog, compiled, error, arguments));
        EXCEPTIONS.incrementAndGet();
      }
    }
    CATALOGS.incrementAndGet();
  }

  /** The error enum's constant and the link constant say what the catalog says. */
  private static void checkConstant(RandomCatalog catalog, CompiledCatalog compiled, RandomError error)
      throws ReflectiveOperationException {
    Optional<?> found = (Optional<?>) compiled.call(catalog.qualified(catalog.stem() + "Error"),
        "fromType", error.type());
    assertWithMessage("fromType(%s)", error.type()).that(found.isPresent()).isTrue();
    Object constant = found.get();
    assertThat(((Enum<?>) constant).name()).isEqualTo(error.type());
    assertThat(compiled.call(constant, "status")).isEqualTo(error.status());
    assertThat(compiled.call(constant, "title")).isEqualTo(error.title());
    assertThat(compiled.call(constant, "see")).isEqualTo(catalog.see(error));
    assertThat(compiled.call(constant, "isRetryable")).isEqualTo(error.retryable());
    Class<?> links = compiled.type(catalog.qualified(catalog.stem() + "ErrorLinks"));
    if (catalog.see(error) != null) {
      assertThat(links.getField(error.type()).get(null)).isEqualTo(catalog.see(error));
    }
    if (!catalog.docs().isEmpty()) {
      assertThat(links.getField("INDEX").get(null)).isEqualTo(catalog.docs());
    }
  }

  private static void roundTrip(RandomCatalog catalog, CatalogRuntime runtime, RandomError error,
      List<Object> values) throws Exception {
    CompiledCatalog compiled = runtime.catalog();
    ObjectMapper mapper = runtime.mapper();
    String exceptionName = catalog.qualified(error.exceptionName());
    Object thrown = compiled.create(exceptionName, values.toArray());
    String detail = render(error, values);
    assertThat(thrown.getClass().getName()).isEqualTo(exceptionName);
    assertFacts(compiled, thrown, catalog, error, error.status(), detail);
    assertThat(((Throwable) thrown).getMessage()).isEqualTo(detail);
    assertThat(compiled.call(thrown, "arguments")).isEqualTo(arguments(error, values));

    byte[] json = mapper.writeValueAsBytes(thrown);
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", error.type());
    members.put("title", error.title());
    members.put("detail", detail);
    if (catalog.see(error) != null) {
      members.put("see", catalog.see(error));
    }
    // The wire, read without the module: these members, in this order.
    assertThat(new ObjectMapper().readValue(json, LinkedHashMap.class)).containsExactlyEntriesIn(members)
        .inOrder();

    Map<String, Object> readBack = readBack(compiled, catalog, error, detail);
    Map<String, Object> expected = new LinkedHashMap<>();
    error.params().forEach(param -> expected.put(param.name(), null));
    if (readBack != null) {
      // A detail the server wrote, read one way only, is read the server's way: its values, but a
      // null String is the text "null".
      Map<String, Object> sent = new LinkedHashMap<>(arguments(error, values));
      error.params().stream().filter(param -> param.kind() == Kind.STRING)
          .forEach(param -> sent.computeIfAbsent(param.name(), name -> "null"));
      assertThat(readBack).isEqualTo(sent);
      expected.putAll(readBack);
    }
    if (!error.params().isEmpty()) {
      (readBack != null ? READ_BACK : NOT_READ_BACK).incrementAndGet();
    }
    int status = error.status();
    Object decoded = runtime.decode(status, json);
    assertThat(decoded.getClass()).isEqualTo(thrown.getClass());
    assertFacts(compiled, decoded, catalog, error, status, detail);
    assertThat(compiled.call(decoded, "arguments")).isEqualTo(expected);
    assertThat(compiled.call(decoded, "extensions")).isEqualTo(Map.of());
    assertThat(mapper.writeValueAsBytes(decoded)).isEqualTo(json);

    Class<?> base = compiled.type(catalog.qualified(catalog.stem() + "Exception"));
    for (Class<?> asked : List.of(base, thrown.getClass())) {
      Object read = mapper.readValue(json, asked);
      assertThat(read.getClass()).isEqualTo(thrown.getClass());
      assertFacts(compiled, read, catalog, error, error.status(), detail);
      assertThat(compiled.call(read, "arguments")).isEqualTo(expected);
    }
  }

  private static void assertFacts(CompiledCatalog compiled, Object exception, RandomCatalog catalog,
      RandomError error, int status, String detail) {
    assertThat(compiled.call(exception, "type")).isEqualTo(error.type());
    assertThat(compiled.call(exception, "status")).isEqualTo(status);
    assertThat(compiled.call(exception, "title")).isEqualTo(error.title());
    assertThat(compiled.call(exception, "detail")).isEqualTo(detail);
    assertThat(compiled.call(exception, "see")).isEqualTo(catalog.see(error));
    assertThat(compiled.call(exception, "isRetryable")).isEqualTo(error.retryable());
    assertWithMessage("stack trace filled in")
        .that(((Throwable) exception).getStackTrace().length > 0)
        .isEqualTo(catalog.capturesStackTrace(error));
  }

  /** The detail as the server must write it: the template's text and each value's string form. */
  private static String render(RandomError error, List<Object> values) {
    if (error.detail().isEmpty()) {
      return error.title();
    }
    StringBuilder out = new StringBuilder();
    for (Segment segment : error.detail()) {
      out.append(segment instanceof Text text ? text.text()
          : written(values.get(indexOf(error, ((Slot) segment).name()))));
    }
    return out.toString();
  }

  private static Map<String, Object> arguments(RandomError error, List<Object> values) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      arguments.put(error.params().get(i).name(), values.get(i));
    }
    return arguments;
  }

  /**
   * The arguments a received detail gives back, as the README promises them: where the detail
   * splits at the template's text in exactly one way, and every value reads as its parameter's
   * type and writes back as the same text, those values; otherwise null.
   */
  private static Map<String, Object> readBack(CompiledCatalog compiled, RandomCatalog catalog,
      RandomError error, String detail) {
    List<String> slots = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (Segment segment : error.detail()) {
      if (segment instanceof Text text) {
        literal.append(text.text());
      } else {
        literals.add(literal.toString());
        literal.setLength(0);
        slots.add(((Slot) segment).name());
      }
    }
    literals.add(literal.toString());
    if (slots.isEmpty()) {
      return null;
    }
    List<String> texts = onlyReading(detail, literals);
    if (texts == null) {
      return null;
    }
    Map<String, Object> read = new LinkedHashMap<>();
    for (Param param : error.params()) {
      String text = texts.get(slots.indexOf(param.name()));
      for (int i = 0; i < slots.size(); i++) {
        if (slots.get(i).equals(param.name()) && !texts.get(i).equals(text)) {
          return null;
        }
      }
      try {
        Object value = read(compiled, catalog, param, text);
        if (!written(value).equals(text)) {
          return null;
        }
        read.put(param.name(), value);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return read;
  }

  /**
   * The texts of the placeholders where the detail splits at the literals in exactly one way, or
   * null. {@code ways[i][p]}: in how many ways (counting to two) placeholders {@code i} onwards
   * split the rest of the detail when placeholder {@code i} starts at {@code p}.
   */
  static List<String> onlyReading(String detail, List<String> literals) {
    int count = literals.size() - 1;
    int length = detail.length();
    String first = literals.get(0);
    String last = literals.get(count);
    if (!detail.startsWith(first)) {
      return null;
    }
    int[][] ways = new int[count][length + 1];
    for (int p = 0; p <= length; p++) {
      ways[count - 1][p] = detail.endsWith(last) && length - last.length() >= p ? 1 : 0;
    }
    for (int i = count - 2; i >= 0; i--) {
      String next = literals.get(i + 1);
      for (int p = 0; p <= length; p++) {
        int sum = 0;
        for (int q = p; q + next.length() <= length && sum < 2; q++) {
          if (detail.startsWith(next, q)) {
            sum += ways[i + 1][q + next.length()];
          }
        }
        ways[i][p] = Math.min(sum, 2);
      }
    }
    int p = first.length();
    if (p > length || ways[0][p] != 1) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count - 1; i++) {
      String next = literals.get(i + 1);
      int q = p;
      while (!(detail.startsWith(next, q) && ways[i + 1][q + next.length()] == 1)) {
        q++;
      }
      texts.add(detail.substring(p, q));
      p = q + next.length();
    }
    texts.add(detail.substring(p, length - last.length()));
    return texts;
  }

  /** A value from its text, as its parameter's type reads it; {@code null} is null but for a String. */
  private static Object read(CompiledCatalog compiled, RandomCatalog catalog, Param param, String text) {
    if (param.kind() == Kind.STRING) {
      return text;
    }
    if (text.equals("null")) {
      return null;
    }
    return switch (param.kind()) {
      case INT -> Integer.valueOf(text);
      case LONG -> Long.valueOf(text);
      case BOOLEAN -> Boolean.valueOf(text);
      case DOUBLE -> Double.valueOf(text);
      case UUID -> UUID.fromString(text);
      case ENUM -> constant(compiled, catalog, param.enumType(), text);
      case STRING -> throw new AssertionError();
    };
  }

  /** How a value is written into a detail: an enum by its name, anything else by its string form. */
  private static String written(Object value) {
    return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
  }

  /** The arguments of an argument set as the constructor takes them: enum names as constants. */
  static List<Object> valuesOf(RandomCatalog catalog, CompiledCatalog compiled,
      RandomError error, List<Object> arguments) {
    return values(catalog, compiled, error, arguments);
  }

  /** The values to throw with: enum constants looked up by name now that the enum is loaded. */
  private static List<Object> values(RandomCatalog catalog, CompiledCatalog compiled,
      RandomError error, List<Object> arguments) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Param param = error.params().get(i);
      Object argument = arguments.get(i);
      values.add(param.kind() == Kind.ENUM && argument != null
          ? constant(compiled, catalog, param.enumType(), (String) argument)
          : argument);
    }
    return values;
  }

  private static Object constant(CompiledCatalog compiled, RandomCatalog catalog, TestEnum testEnum,
      String name) {
    for (Object constant : compiled.type(testEnum.binaryName(catalog)).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("no constant " + name + " in " + testEnum.name());
  }

  private static int indexOf(RandomError error, String name) {
    for (int i = 0; i < error.params().size(); i++) {
      if (error.params().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no parameter " + name);
  }
}
