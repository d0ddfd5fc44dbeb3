package io.github.errata.runtime.internal;

import static io.github.errata.runtime.internal.Journey.CATALOG;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.WireFormat;
import io.github.errata.runtime.DecodeLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The decode entry points: every form of a body reads the same, bounded, and never throws. */
class CatalogSpecTest {

  static final String NOT_FOUND = "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Object not found.\","
      + "\"detail\":\"No task found with ID: '42'\","
      + "\"see\":\"https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND\"}";

  /** A body with every member and extensions, to cut and break. */
  static final String REAL_BODY = "{\"type\":\"INVALID_VALUE\",\"title\":\"Bad value.\","
      + "\"detail\":\"Invalid option \\\"test\\\" for field 'status'.\","
      + "\"see\":\"https://docs.example.com/v\",\"field\":\"status\",\"retryAfter\":30,"
      + "\"allowed\":[\"open\",\"done\"],\"ok\":true}";

  /** The seed corpus of the reader's fuzz target: bodies of every kind, good and bad. */
  static final Path CORPUS = Path.of(System.getProperty("user.dir"))
      .resolve("src/test/resources/io/github/errata/runtime/internal/ReaderFuzzTestInputs/read");

  /** Every form of one body, by name. */
  static Map<String, Received> everyForm(byte[] body, DecodeLimits limits) {
    Map<String, Received> forms = new LinkedHashMap<>();
    forms.put("bytes", CATALOG.read(400, body, limits));
    forms.put("stream", CATALOG.read(400, new ByteArrayInputStream(body), limits));
    forms.put("one byte a read", CATALOG.read(400, new Streams.Trickle(body, 1), limits));
    forms.put("seven bytes a read", CATALOG.read(400, new Streams.Trickle(body, 7), limits));
    String text = new String(body, UTF_8);
    if (Arrays.equals(text.getBytes(UTF_8), body)) {
      forms.put("text", CATALOG.read(400, text, limits));
    }
    return forms;
  }

  /** What two readings of one body must share. */
  static String summary(Received r) {
    return r.index() + " " + r.type() + " | " + r.title() + " | " + r.detail() + " | " + r.see()
        + " | " + r.extensions() + " | " + Arrays.toString(r.arguments()) + " | " + r.reason()
        + " | " + r.excerpt();
  }

  static Stream<Path> corpus() throws IOException {
    return Files.list(CORPUS).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyFormOfEveryCorpusBodyReadsTheSame(Path file) throws IOException {
    byte[] body = Files.readAllBytes(file);
    Map<String, Received> forms = everyForm(body, DecodeLimits.DEFAULT);
    String expected = summary(forms.get("bytes"));
    forms.forEach((form, received) -> assertEquals(expected, summary(received), form));
    Received read = forms.get("bytes");
    if (read.reason() != null && body.length > 0) {
      assertNotNull(read.excerpt(), "no excerpt");
      assertTrue(read.excerpt().chars().allMatch(c -> c >= 0x20 && c < 0x7f), read.excerpt());
    }
  }

  @Test
  void aKnownBodyReadsWithItsArgumentsAndTheCatalogsStrings() {
    Received read = CATALOG.read(404, NOT_FOUND.getBytes(UTF_8), null);
    assertEquals(2, read.index());
    assertSame(Journey.OBJECT_NOT_FOUND, read.spec());
    assertSame(Journey.OBJECT_NOT_FOUND.type(), read.type());
    assertSame(Journey.OBJECT_NOT_FOUND.title(), read.title());
    assertSame(Journey.OBJECT_NOT_FOUND.see(), read.see());
    assertEquals("No task found with ID: '42'", read.detail());
    assertEquals(List.of("task", "42"), Arrays.asList(read.arguments()));
    assertEquals(404, read.status());
    assertEquals(Map.of(), read.extensions());
    assertNull(read.reason());
    assertNull(read.excerpt());
    assertEquals(NOT_FOUND, new String(read.toJsonBytes(), UTF_8));
  }

  @Test
  void missingOrWrongTypedMembersFallBackToTheCatalogs() {
    Received read = CATALOG.read(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":[1,{\"a\":2}],"
        + "\"detail\":{\"a\":1},\"see\":false,\"title\":null}", null);
    assertEquals("Object not found.", read.title());
    assertEquals("Object not found.", read.detail());
    assertEquals(Journey.OBJECT_NOT_FOUND.see(), read.see());
    assertNull(read.arguments());
    assertEquals(Map.of(), read.extensions());
    Received titled = CATALOG.read(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\"}", null);
    assertEquals("Gone.", titled.detail());
    Received duplicate = CATALOG.read(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"type\":5,"
        + "\"detail\":\"No task found with ID: '1'\",\"detail\":null}", null);
    assertEquals(2, duplicate.index());
    assertEquals("No task found with ID: '1'", duplicate.detail());
  }

  @Test
  void anUnknownTypeKeepsEveryMemberAsReceived() {
    Received read = CATALOG.read(409, "{\"type\":\"CONFLICT\",\"title\":\"Conflict.\","
        + "\"detail\":\"Version 3 is stale.\",\"see\":\"https://example.com/c\",\"version\":3}", null);
    assertEquals(-1, read.index());
    assertNull(read.spec());
    assertEquals("CONFLICT", read.type());
    assertEquals("Conflict.", read.title());
    assertEquals("Version 3 is stale.", read.detail());
    assertEquals("https://example.com/c", read.see());
    assertEquals(Map.of("version", 3), read.extensions());
    assertNull(read.arguments());
    assertNull(read.reason());
  }

  @Test
  void extensionsArePlainJavaValuesInTheirOrder() {
    Received read = CATALOG.read(429, "{\"type\":\"TOO_MANY_REQUESTS\",\"i\":30,\"neg\":-0,"
        + "\"l\":12345678901,\"l19\":1234567890123456789,\"big\":123456789012345678901234567890,"
        + "\"d\":0.5,\"e\":1E2,\"inf\":1e999,\"tiny\":-1e-999,\"t\":true,\"f\":false,\"n\":null,"
        + "\"s\":\"\\u00e9\\n\\/\",\"a\":[\"a\",1,[],{}],\"o\":{\"type\":{\"k\":[null]}}}", null);
    Map<String, Object> extensions = read.extensions();
    assertEquals(List.of("i", "neg", "l", "l19", "big", "d", "e", "inf", "tiny", "t", "f", "n", "s",
        "a", "o"), List.copyOf(extensions.keySet()));
    assertEquals(30, extensions.get("i"));
    assertEquals(0, extensions.get("neg"));
    assertEquals(12345678901L, extensions.get("l"));
    assertEquals(1234567890123456789L, extensions.get("l19"));
    assertEquals(new BigInteger("123456789012345678901234567890"), extensions.get("big"));
    assertEquals(0.5, extensions.get("d"));
    assertEquals(100.0, extensions.get("e"));
    assertEquals(Double.POSITIVE_INFINITY, extensions.get("inf"));
    assertEquals(-0.0, extensions.get("tiny"));
    assertEquals(true, extensions.get("t"));
    assertEquals(false, extensions.get("f"));
    assertTrue(extensions.containsKey("n"));
    assertNull(extensions.get("n"));
    assertEquals("\u00e9\n/", extensions.get("s"));
    assertEquals(Arrays.asList("a", 1, List.of(), Map.of()), extensions.get("a"));
    assertEquals(Map.of("type", Map.of("k", Arrays.asList((Object) null))), extensions.get("o"));
    assertThrows(UnsupportedOperationException.class, () -> extensions.put("x", 1));
    assertEquals(-1, CATALOG.read(400, "{\"type\":\"X\",\"Type\":1}", null).index());
    assertEquals(Map.of("Type", 1), CATALOG.read(400, "{\"type\":\"X\",\"Type\":1}", null).extensions());
  }

  @Test
  void escapedMemberNamesAndTypesAreTheMembers() {
    Received read = CATALOG.read(404, "{\"\\u0074ype\":\"OBJECT_NOT_FOUND\",\"det\\u0061il\":"
        + "\"No t\\u0061sk found with ID: '42'\",\"s\\u0065e\":\"x\",\"t\\u0069tle\":\"T\"}", null);
    assertEquals(2, read.index());
    assertEquals(List.of("task", "42"), Arrays.asList(read.arguments()));
    assertEquals("x", read.see());
    assertEquals("T", read.title());
    Received type = CATALOG.read(404, "{\"type\":\"OBJECT_NOT_F\\u004FUND\"}", null);
    assertEquals(2, type.index());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`` | the body is empty",
      "`   ` | expected a JSON object, found nothing at byte 3",
      "null | expected a JSON object, found null at byte 0",
      "`[1]` | expected a JSON object, found an array at byte 0",
      "42 | expected a JSON object, found a number at byte 0",
      "`\"x\"` | expected a JSON object, found a string at byte 0",
      "`<html>` | expected a JSON object, found '<' at byte 0",
      "`{\"type\":\"NOPE\"} x` | more content after the JSON object, 'x' at byte 16",
      "`{\"type\":\"NOPE\",}` | expected a member name, found '}' at byte 15",
      "`{'type':1}` | expected a member name, found ''' at byte 1",
      "`{\"a\" 1}` | expected ':' after a member name, found '1' at byte 5",
      "`{\"a\":1 \"b\":2}` | expected ',' or '}' after a member, found '\"' at byte 7",
      "`{\"a\":[1 2]}` | expected ',' or ']' after an element, found '2' at byte 8",
      "`{\"a\":[1,]}` | expected a value, found ']' at byte 8",
      "`{\"a\":01}` | a number with a leading zero at byte 6",
      "`{\"a\":-}` | a number that JSON does not have, at '}' at byte 6",
      "`{\"a\":1.}` | a number that JSON does not have, at '}' at byte 7",
      "`{\"a\":1e}` | a number that JSON does not have, at '}' at byte 7",
      "`{\"a\":+1}` | expected a value, found '+' at byte 5",
      "`{\"a\":.5}` | expected a value, found '.' at byte 5",
      "`{\"a\":NaN}` | expected a value, found 'N' at byte 5",
      "`{\"a\":tru}` | expected a value, found 't' at byte 5",
      "`{\"a\":truex}` | expected a delimiter after a value, found 'x' at byte 9",
      "`{\"a\":1x}` | expected a delimiter after a value, found 'x' at byte 6",
      "`{\"a\":\"\\x\"}` | an escape \\x that JSON does not have at byte 7",
      "`{\"a\":\"\\u12G4\"}` | a \\u escape with 'G' for a hex digit at byte 10",
      "`{\"a\":\"\t\"}` | a raw control character (code 9) in a string at byte 6",
      "`/* c */ {}` | expected a JSON object, found '/' at byte 0",
      "`{\"a\":1` | it ends in the middle of a number at byte 6",
      "`{\"a\":\"x` | it ends in the middle of a string at byte 7",
      "`{\"a\":\"\\u00` | it ends in the middle of an escape at byte 6",
      "`{\"a\":[` | it ends in the middle of an array at byte 6",
      "`{\"a\":{` | it ends in the middle of an object at byte 6",
      "`{\"a\":` | expected a value, found the end of the body at byte 5",
      "`{\"a\":true` | it ends before the object's end at byte 9"})
  void whatIsNotJsonIsRefusedWithAReasonAndAnExcerpt(String body, String reason) {
    for (Map.Entry<String, Received> form : everyForm(body.getBytes(UTF_8), null).entrySet()) {
      Received read = form.getValue();
      String expected = body.isEmpty() ? reason : "the body is not a readable JSON object: " + reason;
      assertEquals(expected, read.reason(), form.getKey());
      assertEquals(body.isEmpty() ? null : Source.Reasons.escape(body, 200), read.excerpt(), form.getKey());
    }
  }

  @Test
  void nullBodiesAreEmpty() {
    assertEquals("the body is empty", CATALOG.read(500, (byte[]) null, null).reason());
    assertEquals("the body is empty", CATALOG.read(500, (String) null, null).reason());
    assertEquals("the body is empty", CATALOG.read(500, (InputStream) null, null).reason());
    assertNull(CATALOG.read(500, (InputStream) null, null).excerpt());
  }

  /**
   * Invalid UTF-8 ends the reading at its first byte: never another character, never U+FFFD.
   * What came before it stays.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "C0 AF | 0xc0 starts an overlong form",
      "C1 B3 | 0xc1 starts an overlong form",
      "E0 80 AF | 0xe0 0x80 starts an overlong form",
      "E0 9F BF | 0xe0 0x9f starts an overlong form",
      "F0 80 80 AF | 0xf0 0x80 starts an overlong form",
      "F0 8F BF BF | 0xf0 0x8f starts an overlong form",
      "ED A0 80 | 0xed 0xa0 starts an encoded surrogate",
      "ED BF BF | 0xed 0xbf starts an encoded surrogate",
      "ED A0 BD ED B8 80 | 0xed 0xa0 starts an encoded surrogate",
      "F4 90 80 80 | 0xf4 0x90 starts a code point past U+10FFFF",
      "F5 80 80 80 | 0xf5 starts a code point past U+10FFFF",
      "F7 BF BF BF | 0xf7 starts a code point past U+10FFFF",
      "F8 88 80 80 80 | 0xf8 is never in UTF-8",
      "FF | 0xff is never in UTF-8",
      "80 | 0x80 continues no character",
      "BF | 0xbf continues no character",
      "C3 41 | 0x41 where 0xc3 needs 1 continuation bytes",
      "E2 82 41 | 0x41 where 0xe2 needs 2 continuation bytes",
      "F0 9F 98 22 | 0x22 where 0xf0 needs 3 continuation bytes"})
  void invalidUtf8EndsTheReadingThere(String hex, String what) {
    byte[] bad = hex(hex);
    byte[] head = "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"T.\",\"detail\":\"a".getBytes(UTF_8);
    byte[] body = concat(head, bad, "b\"}".getBytes(UTF_8));
    for (Map.Entry<String, Received> form : everyForm(body, null).entrySet()) {
      Received read = form.getValue();
      assertEquals(2, read.index(), form.getKey());
      assertEquals("T.", read.title(), form.getKey());
      assertEquals("T.", read.detail(), form.getKey());
      assertTrue(read.reason().startsWith("the body is not a readable JSON object: invalid UTF-8, "
          + what + " at byte "), form.getKey() + ": " + read.reason());
    }
    // In a member's name too, where jackson-core once read FF "see" as "see".
    byte[] name = concat("{\"type\":\"NOPE\",\"see\":\"https://a\",\"".getBytes(UTF_8), bad,
        "see\":\"https://b\"}".getBytes(UTF_8));
    Received read = CATALOG.read(400, name, null);
    assertEquals("https://a", read.see());
    assertTrue(read.reason().contains("invalid UTF-8"), read.reason());
  }

  @Test
  void theBoundariesOfUtf8ReadAsTheirCharacters() {
    String text = "\u0080\u07FF\u0800\uFFFF\uD800\uDC00\uDBFF\uDFFF\uE000\uFFFD";
    Received read = CATALOG.read(400, ("{\"type\":\"" + text + "\"}").getBytes(UTF_8), null);
    assertNull(read.reason());
    assertEquals(text, read.type());
  }

  @Test
  void utf16AndUtf32AreReadWithOrWithoutAByteOrderMark() {
    String body = "{\"type\":\"OBJECT_NOT_FOUND\",\"detail\":\"No t\u00e9sk found with ID: '\uD83D\uDE00'\"}";
    for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      byte[] plain = body.getBytes(Charset.forName(charset));
      byte[] mark = ("\uFEFF" + body).getBytes(Charset.forName(charset));
      for (byte[] bytes : List.of(plain, mark)) {
        for (Map.Entry<String, Received> form : everyForm(bytes, null).entrySet()) {
          Received read = form.getValue();
          assertNull(read.reason(), charset + " " + form.getKey());
          assertEquals(List.of("t\u00e9sk", "\uD83D\uDE00"), Arrays.asList(read.arguments()),
              charset + " " + form.getKey());
        }
      }
    }
    byte[] lone = "{\"type\":\"NOPE\",\"detail\":\"a\uD800b\"}".getBytes(Charset.forName("UTF-16LE"));
    lone[lone.length - 8] = 0;
    lone[lone.length - 7] = (byte) 0xD8;
    Received read = CATALOG.read(400, lone, null);
    assertEquals("NOPE", read.type());
    assertTrue(read.reason().contains("a lone surrogate"), read.reason());
  }

  @Test
  void aByteOrderMarkOfUtf8IsSkippedInEveryForm() {
    byte[] body = ("\uFEFF" + NOT_FOUND).getBytes(UTF_8);
    everyForm(body, null).forEach((form, read) -> assertEquals(2, read.index(), form));
    assertEquals("the body is not a readable JSON object: expected a JSON object, found nothing at byte 3",
        CATALOG.read(400, "\uFEFF", null).reason());
  }

  @Test
  void textWithALoneSurrogateIsReadUpToIt() {
    Received read = CATALOG.read(400, "{\"type\":\"NOPE\",\"detail\":\"a\uD800\"}", null);
    assertEquals("NOPE", read.type());
    assertNull(read.detail());
    assertEquals("the body is not readable: the text holds a lone surrogate at char 26, which UTF-8 "
        + "cannot carry", read.reason());
  }

  /** Each bound holds at its value and refuses one more, in every form; what came before stays. */
  @Test
  void eachLimitAllowsItsValueAndRefusesOneMore() {
    String head = "{\"type\":\"BATCH_ABORTED\",\"title\":\"T.\",";
    String fits = head + "\"detail\":\"1234567890123456\"}";
    assertRead(fits, new DecodeLimits(fits.length(), 3, 16));
    assertRefused(fits, new DecodeLimits(fits.length() - 1, 3, 16),
        "the body is longer than " + (fits.length() - 1) + " bytes");

    DecodeLimits small = new DecodeLimits(1000, 3, 16);
    assertRefused(head + "\"detail\":\"12345678901234567\"}", small,
        "the body is over a limit: String value length (17) exceeds the maximum allowed (16)");
    // Chars, not bytes: two-byte, three-byte and escaped chars count one each, a pair two.
    assertRead(head + "\"detail\":\"\u00e9\u00e9\u00e9\u00e9\u20ac\u20ac\u20ac\u20ac\\n\\n\\u0041\\u0041"
        + "\uD83D\uDE00\uD83D\uDE00\"}", small);
    assertRefused(head + "\"detail\":\"\u00e9\u00e9\u00e9\u00e9\u20ac\u20ac\u20ac\u20ac\\n\\n\\u0041\\u0041"
        + "\uD83D\uDE00\uD83D\uDE00x\"}", small, "String value length (17)");
    assertRead(head + "\"x\":\"1234567890123456\"}", small);
    assertRefused(head + "\"x\":\"12345678901234567\"}", small, "String value length (17)");
    assertRefused(head + "\"12345678901234567\":1}", small, "String value length (17)");
    assertRead(head + "\"a\":[[1]]}", small);
    assertRefused(head + "\"a\":[[[1]]]}", small,
        "the body is over a limit: Document nesting depth (4) exceeds the maximum allowed (3)");
    assertRefused(head + "\"detail\":[[[1]]]}", small, "Document nesting depth (4)");
    String digits = "1".repeat(1000);
    DecodeLimits roomy = new DecodeLimits(5000, 3, 16);
    assertRead(head + "\"n\":" + digits + "}", roomy);
    assertRead(head + "\"n\":-" + digits.substring(1) + "}", roomy);
    assertRead(head + "\"n\":-" + digits.substring(6) + ".5e-9}", roomy);
    assertRefused(head + "\"n\":" + digits + "1}", roomy,
        "the body is over a limit: Number value length (1001) exceeds the maximum allowed (1000)");
    assertRead("{\"type\":\"BATCH_ABORTED\"}", new DecodeLimits(Integer.MAX_VALUE, 1, 13));
    // The largest caps are caps like any other: nothing overflows on them.
    assertRead(head + "\"detail\":\"\u00e9\\n\"}", new DecodeLimits(Integer.MAX_VALUE, 1000,
        Integer.MAX_VALUE));
    assertRefused(head + "\"a\":[]}", new DecodeLimits(1000, 1, 16), "Document nesting depth (2)");
  }

  @Test
  void theDeepestAllowedNestingIsReadWhole() {
    DecodeLimits deepest = new DecodeLimits(1 << 20, 1000, 65_536);
    String body = "{\"type\":\"TOO_MANY_REQUESTS\",\"a\":" + "[".repeat(999) + "]".repeat(999)
        + ",\"o\":" + "{\"k\":".repeat(999) + "1" + "}".repeat(999) + "}";
    for (Received read : everyForm(body.getBytes(UTF_8), deepest).values()) {
      assertNull(read.reason());
      Object value = read.extensions().get("a");
      int depth = 1;
      while (value instanceof List<?> list && !list.isEmpty()) {
        value = list.get(0);
        depth++;
      }
      assertEquals(999, depth);
    }
  }

  /** 100,000 levels, open and closed, in every place a body can nest: refused at the limit. */
  @Test
  void nestingAHundredThousandDeepIsRefusedWhereverItIs() {
    String deep = "[".repeat(100_000);
    String tooDeep = "Document nesting depth (65) exceeds the maximum allowed (64)";
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put(deep, new String[] {"-1", "expected a JSON object, found an array"});
    cases.put("{\"type\":\"TOO_MANY_REQUESTS\",\"a\":" + "{\"a\":".repeat(100_000),
        new String[] {"8", tooDeep});
    cases.put("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":" + deep + "]".repeat(100_000) + "}",
        new String[] {"2", tooDeep});
    cases.put("{\"a\":" + deep + "]".repeat(100_000) + ",\"type\":\"TOO_MANY_REQUESTS\"}",
        new String[] {"-1", tooDeep});
    cases.forEach((body, expected) -> everyForm(body.getBytes(UTF_8), null).forEach((form, read) -> {
      assertEquals(Integer.parseInt(expected[0]), read.index(), form);
      assertTrue(read.reason().contains(expected[1]), form + ": " + read.reason());
    }));
  }

  /**
   * A real body cut at every byte: typed once its type is read whole, and every member either as
   * sent or absent, never a part of one (a number cut short would read as a smaller one).
   */
  @Test
  void aBodyCutAtEveryByteKeepsOnlyWhatItReadWhole() {
    byte[] whole = REAL_BODY.getBytes(UTF_8);
    Received complete = CATALOG.read(422, whole, null);
    assertNull(complete.reason());
    assertEquals(List.of("test", "status"), Arrays.asList(complete.arguments()));
    int typeRead = REAL_BODY.indexOf("\",\"title\"") + 1;
    List<String> keptBefore = List.of();
    for (int cut = 0; cut < whole.length; cut++) {
      byte[] body = Arrays.copyOf(whole, cut);
      Received read = CATALOG.read(422, body, null);
      String at = "cut at " + cut;
      assertNotNull(read.reason(), at);
      assertEquals(cut < typeRead ? -1 : 3, read.index(), at);
      for (Received other : everyForm(body, null).values()) {
        assertEquals(summary(read), summary(other), at);
      }
      List<String> kept = kept(read, complete);
      assertTrue(kept.containsAll(keptBefore), at + " lost some of " + keptBefore);
      keptBefore = kept;
    }
    assertEquals(List.of("title", "detail", "see", "field", "retryAfter", "allowed", "ok"), keptBefore);
  }

  /** The members of a reading that are as the complete body sent them, in wire order. */
  private static List<String> kept(Received read, Received complete) {
    List<String> kept = new ArrayList<>();
    Map<String, Function<Received, String>> members = new LinkedHashMap<>();
    members.put("title", Received::title);
    members.put("detail", Received::detail);
    members.put("see", Received::see);
    members.forEach((name, member) -> {
      String value = member.apply(read);
      if (value != null && value.equals(member.apply(complete))) {
        kept.add(name);
      }
    });
    read.extensions().forEach((name, value) -> {
      assertEquals(complete.extensions().get(name), value, "extension " + name + " is not as sent");
      kept.add(name);
    });
    return kept;
  }

  /** A connection that breaks after any byte gives what the same bytes cut short give, and why. */
  @Test
  void aStreamThatFailsAfterAnyByteKeepsWhatCameBeforeAndSaysWhy() {
    byte[] whole = REAL_BODY.getBytes(UTF_8);
    for (int n = 0; n < whole.length; n++) {
      for (int chunk : new int[] {1, 5, 1000}) {
        Received failed = CATALOG.read(503, new Streams.Trickle(whole, chunk, n), null);
        Received cut = CATALOG.read(503, Arrays.copyOf(whole, n), null);
        String at = "failing after " + n + " bytes, " + chunk + " a read";
        assertEquals(cut.index(), failed.index(), at);
        assertEquals(cut.title() + cut.detail() + cut.see() + cut.extensions(),
            failed.title() + failed.detail() + failed.see() + failed.extensions(), at);
        assertEquals("the body could not be read whole: java.io.IOException: connection reset",
            failed.reason(), at);
        assertEquals(Source.Reasons.excerpt(whole, 0, n, false), failed.excerpt(), at);
      }
    }
  }

  @Test
  void aStreamThatThrowsUncheckedOrReadsNothingForeverIsUnreadable() {
    Received unchecked = CATALOG.read(502, new Streams.Unchecked(), null);
    assertEquals("the body could not be read whole: java.lang.IllegalStateException: stream closed",
        unchecked.reason());
    assertEquals(502, unchecked.status());
    Received stalled = CATALOG.read(502, new Streams.Stalled(), null);
    assertEquals("the body could not be read whole: the stream returned 0 bytes for a read",
        stalled.reason());
    assertEquals("", stalled.excerpt());
  }

  @Test
  void aStreamIsLeftOpenAndReadNoFurtherThanTheCapAndOneByte() {
    boolean[] closed = {false};
    ByteArrayInputStream stream = new ByteArrayInputStream("<html>".getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    CATALOG.read(502, stream, null);
    assertEquals(false, closed[0]);

    Streams.Generated spaced = new Streams.Generated("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",",
        ' ', 60L << 20, "}");
    Received refused = CATALOG.read(404, spaced, null);
    assertEquals("Gone.", refused.title());
    assertEquals(DecodeLimits.DEFAULT.maxBodyBytes() + 1L, spaced.read);
    assertEquals("the body is longer than 1048576 bytes", refused.reason());
    assertTrue(refused.excerpt().startsWith("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",      "));
    assertTrue(refused.excerpt().endsWith("..."));

    Streams.Generated detail = new Streams.Generated("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\","
        + "\"detail\":\"", 'x', 60L << 20, "\"}");
    Received cut = CATALOG.read(404, detail, null);
    assertEquals("Gone.", cut.title());
    // The buffer holds the string being read, a little over its cap, and no more.
    assertTrue(detail.read < 200_000, "read " + detail.read);
    assertTrue(cut.reason().contains("String value length (65537)"), cut.reason());
  }

  /** The excerpt is the first 200 bytes however the stream hands them out, "..." where more. */
  @Test
  void theExcerptIsTheStartOfTheBody() {
    byte[] long1 = ("<" + "x".repeat(300)).getBytes(UTF_8);
    for (Received read : everyForm(long1, null).values()) {
      assertEquals("<" + "x".repeat(199) + "...", read.excerpt());
    }
    byte[] exact = ("<" + "x".repeat(199)).getBytes(UTF_8);
    for (Received read : everyForm(exact, null).values()) {
      assertEquals("<" + "x".repeat(199), read.excerpt());
    }
    byte[] escaped = "<\\\u00e9\n".getBytes(UTF_8);
    assertEquals("<\\\\\\u00e9\\u000a", CATALOG.read(400, escaped, null).excerpt());
    DecodeLimits tiny = new DecodeLimits(10, 64, 100);
    for (Received read : everyForm(long1, tiny).values()) {
      assertEquals("<xxxxxxxxx...", read.excerpt());
      assertEquals("the body is not a readable JSON object: expected a JSON object, found '<' at byte 0",
          read.reason());
    }
  }

  @Test
  void fromMembersAppliesTheSameFallBacksAndLeavesTheMembersOutOfTheExtensions() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("type", "X");
    extensions.put("retryAfter", 3);
    Received read = CATALOG.fromMembers(404, "OBJECT_NOT_FOUND", null, "No a found with ID: 'b'",
        null, extensions);
    assertEquals(2, read.index());
    assertEquals("Object not found.", read.title());
    assertEquals(Journey.OBJECT_NOT_FOUND.see(), read.see());
    assertEquals(List.of("a", "b"), Arrays.asList(read.arguments()));
    assertEquals(Map.of("retryAfter", 3), read.extensions());
    Received unknown = CATALOG.fromMembers(400, null, null, null, null, null);
    assertEquals(-1, unknown.index());
    assertEquals(Map.of(), unknown.extensions());
    assertNull(unknown.reason());
  }

  @Test
  void theCatalogFindsTypesAndRefusesDuplicates() {
    assertEquals(8, CATALOG.indexOf("TOO_MANY_REQUESTS"));
    assertEquals(-1, CATALOG.indexOf(null));
    assertEquals(-1, CATALOG.indexOf("too_many_requests"));
    assertEquals(9, CATALOG.size());
    assertSame(Wire.JSON, CATALOG.wire());
    assertThrows(IllegalArgumentException.class,
        () -> CatalogSpec.of(WireFormat.JSON, Journey.OBJECT_NOT_FOUND, Journey.OBJECT_NOT_FOUND));
    List<ErrorSpec> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(ErrorSpec.builder(WireFormat.JSON, "E" + i, 400, "T").build());
    }
    CatalogSpec large = CatalogSpec.of(WireFormat.JSON, many);
    for (int i = 0; i < 5000; i += 7) {
      assertEquals(i, large.read(400, "{\"type\":\"E" + i + "\"}", null).index());
      assertEquals(i, large.indexOf("E" + i));
    }
    assertEquals(-1, large.read(400, "{\"type\":\"E5000\"}", null).index());
  }

  private static void assertRead(String body, DecodeLimits limits) {
    everyForm(body.getBytes(UTF_8), limits).forEach((form, read) -> {
      assertTrue(read.index() >= 0, form);
      assertNull(read.reason(), form);
    });
  }

  private static void assertRefused(String body, DecodeLimits limits, String why) {
    everyForm(body.getBytes(UTF_8), limits).forEach((form, read) -> {
      assertTrue(read.index() >= 0, form);
      assertEquals("T.", read.title(), form);
      assertNotNull(read.reason(), form);
      assertTrue(read.reason().contains(why), form + ": " + read.reason());
    });
  }

  static byte[] hex(String hex) {
    String[] parts = hex.trim().split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
