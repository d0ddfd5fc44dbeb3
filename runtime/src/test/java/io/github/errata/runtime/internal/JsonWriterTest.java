package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte writer escapes as jackson-core's UTF-8 generator does, and writes values as it does. */
class JsonWriterTest {

  /** Texts that once broke a writer, or could. */
  static final List<String> HOSTILE = List.of("",
      "\u0000\u0001\u0008\u0009\n\u000b\u000c\r\u001f \u007f",
      "\"quoted\" and \\back\\slashed\\ and \\u0041",
      "</script><!-- -->",
      "line\u2028separator\u2029paragraph",
      "non-BMP \uD83D\uDE00 \uD834\uDD1E",
      "\uD800", "\uDC00", "a\uD800b", "reversed \uDC00\uD800 pair", "ends high \uD800",
      "two highs \uD800\uD800\uDC00 then a pair", "\u00e9 then \uD800",
      "\u007F\u0080\u00E9\u07FF\u0800\uFEFF\uFFFE\uFFFF");

  private static String written(String text) {
    JsonWriter writer = new JsonWriter(4);
    writer.string(text);
    return new String(writer.toByteArray(), UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain | `\"plain\"`",
      "` \" ` | `\" \\\" \"`",
      "\\ | `\"\\\\\"`",
      "/ | `\"/\"`"})
  void theShortEscapesAndWhatIsLeftAlone(String text, String json) {
    assertEquals(json, written(text));
  }

  @Test
  void everyControlCharacterIsEscapedTheWayJacksonDoes() {
    Map<Character, String> shortForms = Map.of('\b', "\\b", '\t', "\\t", '\n', "\\n", '\f', "\\f",
        '\r', "\\r");
    for (char c = 0; c < 0x20; c++) {
      String expected = shortForms.getOrDefault(c, String.format("\\u%04X", (int) c));
      assertEquals("\"" + expected + "\"", written(String.valueOf(c)), "char " + (int) c);
    }
    assertEquals("\"\u007f\"", written("\u007f"));
  }

  @Test
  void lineSeparatorsAndNonAsciiAreWrittenAsUtf8() {
    assertEquals("\"\u2028\u2029\u00e9\uFEFF\"", written("\u2028\u2029\u00e9\uFEFF"));
  }

  @Test
  void everySurrogateIsAnUpperCaseEscapeAndALoneOneEscapesAllNonAscii() {
    assertEquals("\"\\uD83D\\uDE00\u00e9\"", written("\uD83D\uDE00\u00e9"));
    assertEquals("\"\\uD800\\u00E9x\"", written("\uD800\u00e9x"));
    assertEquals("\"\\u00E9\\uDC00\"", written("\u00e9\uDC00"));
    assertTrue(JsonWriter.hasLoneSurrogate("a\uDC00\uD800"));
    assertFalse(JsonWriter.hasLoneSurrogate("a\uD800\uDC00"));
  }

  @Test
  void everySingleCharIsWrittenAsJacksonWritesIt() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String text = "x" + (char) c + "\u00e9";
      assertArrayEquals(JacksonVisitor.write(v -> v.string(text)), bytes(w -> w.string(text)),
          "char " + Integer.toHexString(c));
    }
  }

  @Test
  void hostileTextAsNamesAndValuesIsWrittenAsJacksonWritesIt() {
    for (String text : HOSTILE) {
      assertArrayEquals(JacksonVisitor.write(v -> hostileBody(text, v)), bytes(w -> hostileBody(text, w)),
          text);
    }
  }

  private static <X extends Exception> void hostileBody(String text, MemberVisitor<X> v) throws X {
    v.startObject();
    v.name(text);
    v.string(text);
    v.name("list");
    v.startArray();
    v.string(text);
    v.endArray();
    v.endObject();
  }

  @Test
  void randomTextIsWrittenAsJacksonWritesIt() {
    Random random = new Random(42);
    char[] alphabet = "a\"\\\u0000\u001f\u007f\u00e9\u0800\uD800\uDC00\uD83D\uDE00\u2028\uFFFF".toCharArray();
    for (int round = 0; round < 20_000; round++) {
      char[] chars = new char[random.nextInt(12)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000)
            : alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      assertArrayEquals(JacksonVisitor.write(v -> v.string(text)), bytes(w -> w.string(text)),
          () -> "text " + text.chars().mapToObj(Integer::toHexString).toList());
    }
  }

  @Test
  void aBodyWithExtensionsOfEveryKindIsWrittenAsJacksonWritesIt() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("k", Arrays.asList(1, null, "\uD800"));
    nested.put(null, true);
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("s", "x");
    extensions.put("i", 30);
    extensions.put("l", 12345678901L);
    extensions.put("short", (short) 7);
    extensions.put("byte", (byte) -3);
    extensions.put("big", new BigInteger("123456789012345678901234567890"));
    extensions.put("dec", new BigDecimal("1.50E+3"));
    extensions.put("d", 0.1);
    extensions.put("f", 1.1f);
    extensions.put("nan", Double.NaN);
    extensions.put("inf", Float.NEGATIVE_INFINITY);
    extensions.put("t", true);
    extensions.put("n", null);
    extensions.put("list", List.of("a", 1, List.of(), Map.of()));
    extensions.put("set", new TreeSet<>(List.of("b", "a")));
    extensions.put("map", nested);
    extensions.put("other", new StringBuilder("as text"));
    Wire wire = Wire.JSON;
    byte[] ours = wire.toJsonBytes("T", "ti\u2028tle", null, "https://x/y#T", extensions);
    byte[] jackson = JacksonVisitor.write(
        v -> wire.write("T", "ti\u2028tle", null, "https://x/y#T", extensions, v));
    assertArrayEquals(jackson, ours, new String(ours, UTF_8));
    assertEquals("{\"type\":\"T\",\"title\":\"ti\u2028tle\",\"see\":\"https://x/y#T\",\"s\":\"x\","
        + "\"i\":30,\"l\":12345678901,\"short\":7,\"byte\":-3,"
        + "\"big\":123456789012345678901234567890,\"dec\":1.50E+3,\"d\":0.1,"
        + "\"f\":" + (double) 1.1f + ",\"nan\":\"NaN\",\"inf\":\"-Infinity\",\"t\":true,\"n\":null,"
        + "\"list\":[\"a\",1,[],{}],\"set\":[\"a\",\"b\"],"
        + "\"map\":{\"k\":[1,null,\"\\uD800\"],\"null\":true},\"other\":\"as text\"}",
        new String(ours, UTF_8));
  }

  @Test
  void membersLeftOutWhereNullAndAnEmptyBody() {
    assertEquals("{}", new String(Wire.JSON.toJsonBytes(null, null, null, null, null), UTF_8));
    assertEquals("{\"detail\":\"d\"}",
        new String(Wire.JSON.toJsonBytes(null, null, "d", null, Map.of()), UTF_8));
  }

  @Test
  void theWriterGrowsFromAnyCapacity() {
    StringBuilder long1 = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      long1.append(i % 3 == 0 ? (char) 0x1 : i % 3 == 1 ? (char) 0x800 : 'a');
    }
    String text = long1.toString();
    assertArrayEquals(JacksonVisitor.write(v -> v.string(text)), bytes(w -> w.string(text)));
  }

  interface WriterWalk {
    void accept(JsonWriter writer);
  }

  private static byte[] bytes(WriterWalk walk) {
    JsonWriter writer = new JsonWriter(1);
    walk.accept(writer);
    return writer.toByteArray();
  }
}
