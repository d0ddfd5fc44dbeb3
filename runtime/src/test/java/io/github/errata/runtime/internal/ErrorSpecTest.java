package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errata.WireFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An error as data: its detail, its thrown body (the direct path) and its arguments read back. */
class ErrorSpecTest {

  enum Currency { EUR, USD }

  static final ErrorSpec NOT_FOUND = ErrorSpec.builder(WireFormat.JSON, "OBJECT_NOT_FOUND", 404,
          "Object not found.")
      .see("https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND")
      .parameter("objectType", ArgumentKind.STRING)
      .parameter("id", ArgumentKind.STRING)
      .detail("No {objectType} found with ID: '{id}'")
      .build();

  static final ErrorSpec EVERY_KIND = ErrorSpec.builder(WireFormat.JSON, "EVERY_KIND", 422, "Kinds.")
      .parameter("s", ArgumentKind.STRING)
      .parameter("i", ArgumentKind.INT)
      .parameter("l", ArgumentKind.LONG)
      .parameter("b", ArgumentKind.BOOLEAN)
      .parameter("d", ArgumentKind.DOUBLE)
      .parameter("u", ArgumentKind.UUID)
      .enumParameter("e", Currency.class)
      .detail("s={s} i={i} l={l} b={b} d={d} u={u} e={e} s again={s}")
      .build();

  static final ErrorSpec FIXED = ErrorSpec.builder(WireFormat.JSON, "TOO_MANY_REQUESTS", 429,
          "Too many requests.").retryable().build();

  @Test
  void theBuilderKeepsWhatItIsGiven() {
    assertEquals("OBJECT_NOT_FOUND", NOT_FOUND.type());
    assertEquals(404, NOT_FOUND.status());
    assertEquals(List.of("objectType", "id"), NOT_FOUND.parameterNames());
    assertEquals(ArgumentKind.STRING, NOT_FOUND.parameterKind(1));
    assertEquals("application/json", NOT_FOUND.mediaType());
    assertEquals(false, NOT_FOUND.retryable());
    assertEquals(true, FIXED.retryable());
    assertEquals(false, FIXED.captureStackTrace());
    assertNull(FIXED.see());
    assertEquals("Too many requests.", FIXED.detail(null));
  }

  @Test
  void aPlaceholderWithoutParameterOrAParameterWithoutPlaceholderIsRefused() {
    assertEquals("error X: the detail's placeholder {b} names no parameter",
        assertThrows(IllegalArgumentException.class, () -> ErrorSpec.builder(WireFormat.JSON, "X", 400, "T")
            .parameter("a", ArgumentKind.STRING).detail("{a}{b}").build()).getMessage());
    assertEquals("error X: the detail does not use parameter b",
        assertThrows(IllegalArgumentException.class, () -> ErrorSpec.builder(WireFormat.JSON, "X", 400, "T")
            .parameter("a", ArgumentKind.STRING).parameter("b", ArgumentKind.INT).detail("{a}").build())
            .getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ErrorSpec.builder(WireFormat.JSON, "X", 400, "T").parameter("e", ArgumentKind.ENUM));
    assertThrows(UnsupportedOperationException.class,
        () -> ErrorSpec.builder(WireFormat.PROBLEM_JSON, "X", 400, "T").build());
  }

  @Test
  void aTitleWithBracesIsTheDetailAsItIs() {
    ErrorSpec braces = ErrorSpec.builder(WireFormat.JSON, "X", 400, "Use {braces}").build();
    assertEquals("Use {braces}", braces.detail(null));
  }

  @Test
  void theDetailWritesEachValueAsStringValueOfAndEnumsByName() {
    UUID id = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    Object[] values = {"x", 7, 8L, true, 0.5, id, Currency.EUR};
    assertEquals("s=x i=7 l=8 b=true d=0.5 u=" + id + " e=EUR s again=x", EVERY_KIND.detail(values));
    assertEquals("s=null i=null l=null b=null d=null u=null e=null s again=null",
        EVERY_KIND.detail(new Object[7]));
  }

  /** The direct path writes exactly what Jackson writes for the same body. */
  @Test
  void theThrownBodyIsTheBodyJacksonWrites() {
    UUID id = UUID.randomUUID();
    List<Object[]> cases = List.of(
        new Object[] {"x", 7, 8L, true, 0.5, id, Currency.EUR},
        new Object[] {null, null, null, null, null, null, null},
        new Object[] {"\u00e9\"\\\n", Integer.MIN_VALUE, Long.MIN_VALUE, false, -1.0E-300, id, Currency.USD},
        new Object[] {"\uD83D\uDE00", 0, 0L, false, Double.NaN, id, null},
        new Object[] {"\uD800 lone", 0, 0L, false, Double.MAX_VALUE, id, null});
    for (Object[] values : cases) {
      assertBodyAsJackson(EVERY_KIND, values);
    }
    for (String text : JsonWriterTest.HOSTILE) {
      assertBodyAsJackson(NOT_FOUND, new Object[] {text, text});
      assertBodyAsJackson(NOT_FOUND, new Object[] {"a" + text, "b"});
    }
    // Two halves that pair up only in the detail.
    assertBodyAsJackson(ErrorSpec.builder(WireFormat.JSON, "X", 400, "T")
        .parameter("a", ArgumentKind.STRING).parameter("b", ArgumentKind.STRING)
        .detail("\u00e9{a}{b}").build(), new Object[] {"\uD83D", "\uDE00"});
    assertBodyAsJackson(ErrorSpec.builder(WireFormat.JSON, "X\uD800", 400, "T\u00e9")
        .see("https://x/\u00e9").parameter("a", ArgumentKind.STRING)
        .detail("\uD83D\uDE00 {a} \uD800").build(), new Object[] {"\u00e9"});
  }

  private static void assertBodyAsJackson(ErrorSpec spec, Object[] values) {
    String detail = spec.detail(values);
    byte[] expected = JacksonVisitor.write(
        v -> Wire.JSON.write(spec.type(), spec.title(), detail, spec.see(), Map.of(), v));
    assertArrayEquals(expected, spec.thrownBody(values, detail, false),
        () -> new String(expected, UTF_8) + " for " + Arrays.toString(values));
  }

  @Test
  void aFixedBodyIsOneConstantSharedOnlyWhenAskedFor() {
    byte[] shared = FIXED.thrownBody(null, FIXED.detail(null), true);
    assertSame(shared, FIXED.thrownBody(null, FIXED.detail(null), true));
    assertNotSame(shared, FIXED.thrownBody(null, FIXED.detail(null), false));
    assertEquals("{\"type\":\"TOO_MANY_REQUESTS\",\"title\":\"Too many requests.\","
        + "\"detail\":\"Too many requests.\"}", new String(shared, UTF_8));
  }

  @Test
  void argumentsReadBackWhereTheyWriteTheSameText() {
    UUID id = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    Object[] values = {"x", -7, 8L, true, 0.5, id, Currency.EUR};
    assertArrayEquals(values, EVERY_KIND.readArguments(EVERY_KIND.detail(values)));
    assertArrayEquals(new Object[] {"null", null, null, null, null, null, null},
        EVERY_KIND.readArguments(EVERY_KIND.detail(new Object[7])));
    String good = "s=x i=7 l=8 b=true d=0.5 u=" + id + " e=EUR s again=x";
    assertEquals(7, EVERY_KIND.readArguments(good).length);
    for (String[] swap : new String[][] {
        {"i=7", "i=007"}, {"i=7", "i=+7"}, {"i=7", "i=2147483648"}, {"i=7", "i=x"},
        {"l=8", "l=08"}, {"l=8", "l=9223372036854775808"},
        {"b=true", "b=TRUE"}, {"b=true", "b=yes"},
        {"d=0.5", "d=.5"}, {"d=0.5", "d=0.50"}, {"d=0.5", "d=5e-1"}, {"d=0.5", "d= 0.5"},
        {"u=" + id, "u=" + id.toString().toUpperCase()}, {"u=" + id, "u=1-1-1-1-1"},
        {"e=EUR", "e=eur"}, {"e=EUR", "e=GBP"},
        {"s again=x", "s again=y"}}) {
      String bad = good.replace(swap[0], swap[1]);
      assertNull(EVERY_KIND.readArguments(bad), bad);
    }
    assertNull(NOT_FOUND.readArguments(null));
    assertNull(FIXED.readArguments(FIXED.detail(null)));
  }

}
