package io.github.errata.sample;

import static io.github.errata.sample.JourneyError.BATCH_ABORTED;
import static io.github.errata.sample.JourneyError.INVALID_VALUE;
import static io.github.errata.sample.JourneyError.OBJECT_NOT_FOUND;
import static io.github.errata.sample.JourneyError.TOO_MANY_REQUESTS;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad bodies. Each file in {@code DecoderFuzzTestInputs/decode} (the seeds the fuzz
 * test replays) is a body as a server, a proxy or an attacker might send it, and {@link #EXPECTED}
 * says what decoding it must give; the cases no small file can hold are made in code below. The
 * decoder must never throw, and must never present as read what it did not read whole.
 */
class BadBodiesTest {
  /**
   * This module's directory, found from where the test classes were loaded
   * ({@code target/test-classes}), so that a test reads its files whether it runs from the module,
   * from the repository's root or from an IDE.
   */
  static Path moduleDirectory() {
    try {
      return Path.of(BadBodiesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }


  /** How many characters of an unreadable body the runtime keeps as its excerpt, as documented. */
  static final int EXCERPT_CHARS = 200;


  /** Read from the sources, so that a file without an expectation cannot hide in a stale build. */
  static final Path CORPUS = moduleDirectory()
      .resolve("src/test/resources/io/github/errata/sample/DecoderFuzzTestInputs/decode");

  private static final String NOT_FOUND_42 = "No task found with ID: '42'";

  private static final Map<String, Outcome> EXPECTED = table(
      // Nothing, or no object.
      unknown("empty", 500).reason("the body is empty").noExcerpt(),
      unknown("whitespace", 502).reason("expected a JSON object, found nothing"),
      unknown("json-null", 500).reason("expected a JSON object, found null"),
      unknown("json-true", 500).reason("expected a JSON object, found true"),
      unknown("top-level-array.json", 404).reason("expected a JSON object, found an array"),
      unknown("top-level-number", 404).reason("expected a JSON object, found a number"),
      unknown("top-level-string.json", 404).reason("expected a JSON object, found a string"),
      unknown("double-encoded.json", 404).reason("expected a JSON object, found a string"),
      unknown("empty-object.json", 500),

      // The seed page's own example bodies, and the demo's proxy page: the fuzz test's seeds.
      typed("seed-page-internal-server-error.json", 500, JourneyError.INTERNAL_SERVER_ERROR)
          .detail("An internal server error has occurred."),
      typed("seed-page-object-not-found.json", 404, OBJECT_NOT_FOUND)
          .detail("No task found with ID: 'c3d59ff0-ba4a-11e3-a567-001e6733fe3d'")
          .arguments("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"),
      typed("seed-page-invalid-value.json", 422, INVALID_VALUE)
          .detail("Invalid option \"test\" for field 'status'.").arguments("test", "status"),
      typed("seed-page-invalid-api-request.json", 400, JourneyError.INVALID_API_REQUEST)
          .detail("unexpected token").arguments("unexpected token"),
      typed("seed-page-route-error.json", 404, JourneyError.ROUTE_ERROR)
          .detail("No route matches [GET] /api/v4/533bda53027894f69b001055/objec/tasks.json")
          .arguments("GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json"),
      typed("seed-page-account-not-found.json", 404, JourneyError.ACCOUNT_NOT_FOUND)
          .detail("Could not find account '533bda53027894f69b00105'.")
          .arguments("533bda53027894f69b00105"),
      typed("seed-page-batch-aborted.json", 424, BATCH_ABORTED)
          .detail("Skipping this operation because a previous operation in this batch failed."),
      typed("seed-page-too-many-requests.json", 429, TOO_MANY_REQUESTS)
          .detail("Request rate limit exceeded for this account. Try again later."),
      unknown("seed-nginx-502.html", 502).reason("expected a JSON object, found '<'"),

      // Bodies in the catalog's German: the arguments are read whatever the language, the title
      // and detail kept as received; a language the catalog does not have keeps the detail only.
      typed("german-object-not-found.json", 404, OBJECT_NOT_FOUND).title("Objekt nicht gefunden.")
          .detail("Kein task mit der ID '42' gefunden.").arguments("task", "42"),
      typed("german-detail-english-title.json", 404, OBJECT_NOT_FOUND)
          .detail("Kein task mit der ID '42' gefunden.").arguments("task", "42"),
      typed("german-detail-not-the-template.json", 404, OBJECT_NOT_FOUND)
          .title("Objekt nicht gefunden.").detail("Kein task gefunden.")
          .arguments(null, null),
      typed("german-detail-nested-prefix.json", 400, JourneyError.INVALID_API_REQUEST)
          .title("Ungültiges JSON.").detail("Ungültige Anfrage: Ungültige Anfrage: x")
          .arguments("Ungültige Anfrage: x"),
      typed("spanish-detail.json", 404, OBJECT_NOT_FOUND).title("Objeto no encontrado.")
          .detail("No se encontró task con ID '42'.").arguments(null, null),
      typed("german-latin1.json", 422, INVALID_VALUE)
          .reason("invalid UTF-8, 0xfc is never in UTF-8").arguments(null, null),

      // Pages and text from proxies, gateways and frameworks.
      unknown("html-502-nginx.html", 502).reason("expected a JSON object, found '<'"),
      unknown("html-503-long-page.html", 503).reason("expected a JSON object, found '<'"),
      unknown("text-internal-server-error.txt", 500).reason("expected a JSON object, found 'I'"),
      unknown("text-upstream-timeout.txt", 504).reason("expected a JSON object, found 'u'"),
      unknown("xml-error.xml", 403).reason("expected a JSON object, found '<'"),
      unknown("jsonp-callback.js", 404).reason("expected a JSON object, found 'c'"),
      unknown("gzip-not-decompressed.gz", 404).reason("expected a JSON object, found byte 0x1f"),
      unknown("spring-boot-default-error.json", 500).extensions(ordered(
          "timestamp", "2024-05-01T12:00:00.000+00:00", "status", 500,
          "error", "Internal Server Error", "path", "/api/v4/tasks")),
      unknown("rfc9457-about-blank.json", 404).type("about:blank").title("Not Found")
          .detail("No route").extensions(ordered("status", 404, "instance", "/api/v4/x")),

      // Byte-order marks and encodings.
      typed("bom-utf8-object.json", 404, OBJECT_NOT_FOUND).detail(NOT_FOUND_42)
          .arguments("task", "42"),
      // A UTF-8 byte-order mark is skipped, once: what follows it must be the object.
      unknown("bom-only", 500).reason("expected a JSON object, found nothing"),
      unknown("bom-twice.json", 404).reason("expected a JSON object, found byte 0xef"),
      // UTF-16 is detected by its mark, or by the zero bytes of ASCII text.
      typed("utf16le-with-bom.json", 404, OBJECT_NOT_FOUND).detail(NOT_FOUND_42).arguments("task", "42"),
      typed("utf16be-without-bom.json", 404, OBJECT_NOT_FOUND).detail(NOT_FOUND_42)
          .arguments("task", "42"),
      unknown("utf32-unusual-byte-order.bin", 400).reason("expected a JSON object, found byte 0x00"),
      typed("invalid-utf8-in-detail.json", 404, OBJECT_NOT_FOUND).title("Gone.").detail("Gone.")
          .reason("invalid UTF-8, 0xff is never in UTF-8"),
      unknown("invalid-utf8-before-type.json", 404)
          .reason("invalid UTF-8, 0x22 where 0xe9 needs 2 continuation bytes"),
      // An overlong sequence and the bytes of a surrogate (CESU-8) are invalid UTF-8, never the
      // char they spell (jackson-core read them so): the reading stops there, as at any bad byte.
      typed("invalid-utf8-overlong-slash.json", 404, OBJECT_NOT_FOUND)
          .reason("invalid UTF-8, 0xc0 starts an overlong form").arguments(null, null),
      typed("invalid-utf8-raw-surrogate.json", 404, OBJECT_NOT_FOUND)
          .reason("invalid UTF-8, 0xed 0xa0 starts an encoded surrogate").arguments(null, null),
      // Once read as "see" by jackson-core's name table, and as the chars the overlong bytes spell.
      unknown("finding-2-ff-name-read-as-see.json", 400).type("NOPE").see("https://a.example")
          .reason("invalid UTF-8, 0xff is never in UTF-8"),
      unknown("finding-3-lenient-utf8.json", 400).type("NOPE")
          .reason("invalid UTF-8, 0xc1 starts an overlong form"),
      unknown("invalid-utf8-cut-sequence.json", 400).type("NOPE")
          .reason("invalid UTF-8, 0x22 where 0xe2 needs 2 continuation bytes"),

      // Surrogates written as escapes: JSON allows a lone one, and it comes back as sent.
      typed("escaped-lone-high-surrogate.json", 404, OBJECT_NOT_FOUND)
          .detail("No task found with ID: '\uD800'").arguments("task", "\uD800"),
      typed("escaped-lone-low-surrogate.json", 404, OBJECT_NOT_FOUND)
          .detail("No task found with ID: '\uDC00x'").arguments("task", "\uDC00x"),
      typed("escaped-reversed-surrogates.json", 404, OBJECT_NOT_FOUND)
          .detail("No \uDC00\uD800 found with ID: '1'").arguments("\uDC00\uD800", "1"),
      unknown("escaped-surrogate-in-type.json", 404).type("OBJECT_NOT_FOUND\uD800").title("t"),
      typed("escaped-surrogate-in-extension-name.json", 429, TOO_MANY_REQUESTS)
          .extensions(ordered("\uDBFF", "\uDFFF\uDBFF")),
      // Found by a CI fuzzing run: jackson-core 2.21+ refuses such a name, which JSON allows.
      unknown("escaped-surrogate-in-name-unknown-type.json", 429).type("TOO_MANY_REQU-STS")
          .extensions(ordered("\uDBFF", "\uDFFF\uDBFF")),
      unknown("escape-cut-short.json", 400).type("NOPE")
          .reason("a \\u escape with '\"' for a hex digit"),
      unknown("escape-unknown.json", 400).type("NOPE").reason("an escape \\x that JSON does not have"),
      typed("escaped-member-names.json", 404, OBJECT_NOT_FOUND).detail(NOT_FOUND_42)
          .arguments("task", "42"),

      // Cut short, or followed by more.
      unknown("cut-in-type-value.json", 404).reason("it ends in the middle of a string"),
      typed("cut-after-type.json", 404, OBJECT_NOT_FOUND).reason("it ends before the object's end"),
      typed("cut-in-detail.json", 422, INVALID_VALUE).title("Bad value.").detail("Bad value.")
          .reason("it ends in the middle of a string"),
      typed("unclosed-object-then-eof.json", 424, BATCH_ABORTED).title("x").detail("x")
          .reason("it ends before the object's end"),
      unknown("trailing-garbage.json", 400).type("NOPE").detail("d")
          .reason("more content after the JSON object, 't'"),
      typed("trailing-second-object.json", 404, OBJECT_NOT_FOUND).reason("more content after the JSON object"),
      unknown("trailing-comma.json", 409).type("CONFLICT").title("Conflict.")
          .reason("expected a member name, found '}'"),
      unknown("missing-colon.json", 409).type("CONFLICT")
          .reason("expected ':' after a member name"),

      // Not JSON, though lenient parsers take it.
      unknown("single-quotes.json", 404).reason("expected a member name, found '''"),
      unknown("unquoted-names.json", 404).reason("expected a member name, found 't'"),
      unknown("comment-before-object.json", 404).reason("expected a JSON object, found '/'"),
      typed("raw-newline-in-detail.json", 404, OBJECT_NOT_FOUND).title("T.").detail("T.")
          .reason("a raw control character (code 10) in a string"),
      unknown("raw-nul-in-name.json", 404).reason("a raw control character (code 0) in a string"),
      typed("number-nan.json", 429, TOO_MANY_REQUESTS).reason("expected a value, found 'N'"),
      unknown("number-leading-zeros.json", 429).type("NOPE").reason("a number with a leading zero"),

      // Numbers too long to parse cheaply (the reading stops at the first digit past the cap), and
      // numbers a double cannot hold.
      typed("number-2000-digits.json", 429, TOO_MANY_REQUESTS).title("T.").detail("T.")
          .reason("the body is over a limit: Number value length (1001) exceeds the maximum allowed (1000"),
      unknown("number-2000-digits-before-type.json", 429)
          .reason("the body is over a limit: Number value length (1001) exceeds the maximum allowed (1000"),
      typed("number-huge-exponent.json", 429, TOO_MANY_REQUESTS).extensions(ordered(
          "big", Double.POSITIVE_INFINITY, "tiny", -0.0,
          "wide", new BigInteger("1234567890123456789012345678901234567890"))),

      // Members of the wrong JSON type count as absent; of two, the last string stays.
      unknown("type-number.json", 404).title("Not found").detail("No such task."),
      unknown("type-object.json", 404).title("Nested"),
      unknown("type-null.json", 404).detail("No type."),
      typed("members-wrong-types.json", 404, OBJECT_NOT_FOUND).arguments(null, null),
      unknown("duplicate-type-known-then-unknown.json", 404).type("NOPE"),
      typed("duplicate-type-then-number.json", 404, OBJECT_NOT_FOUND).detail("No task found with ID: '1'")
          .arguments("task", "1"),
      typed("duplicate-extension.json", 429, TOO_MANY_REQUESTS).extensions(ordered("retryAfter", 2)),

      // No type, or one the catalog does not know: read whole, so no reason.
      unknown("missing-type.json", 404).title("Object not found.").detail(NOT_FOUND_42),
      unknown("unknown-type.json", 409).type("CONFLICT").title("Conflict.").detail("Version 3 is stale.")
          .see("https://example.com/c").extensions(ordered("version", 3)),
      unknown("type-lower-case.json", 404).type("object_not_found"),
      unknown("type-padded.json", 404).type(" OBJECT_NOT_FOUND "),

      // Extensions of every JSON kind, before the type too, and nested up to the limit and past it.
      typed("extensions-every-kind.json", 429, TOO_MANY_REQUESTS).extensions(ordered(
          "s", "x", "i", 30, "l", 12345678901L, "big", new BigInteger("123456789012345678901234567890"),
          "d", 0.5, "t", true, "f", false, "n", null,
          "a", Arrays.asList("a", 1, List.of(), Map.of()),
          "o", Map.of("k", Map.of("k", Arrays.asList((Object) null))))),
      typed("extensions-before-type.json", 429, TOO_MANY_REQUESTS)
          .extensions(ordered("limits", Map.of("minute", 60), "retryAfter", 30)),
      typed("nesting-at-limit.json", 429, TOO_MANY_REQUESTS).extensions(ordered("deep", nestedLists(63))),
      typed("nesting-over-limit.json", 429, TOO_MANY_REQUESTS)
          .reason("the body is over a limit: Document nesting depth (65) exceeds the maximum allowed (64"));

  /** The error body the cut and broken-stream cases start from: every member, and extensions. */
  private static final String REAL_BODY = "{\"type\":\"INVALID_VALUE\",\"title\":\"Bad value.\","
      + "\"detail\":\"Invalid option \\\"test\\\" for field 'status'.\","
      + "\"see\":\"https://docs.example.com/v\",\"field\":\"status\",\"retryAfter\":30,"
      + "\"allowed\":[\"open\",\"done\"]}";

  @Test
  void everyFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
    Set<String> files;
    try (Stream<Path> listing = Files.list(CORPUS)) {
      files = listing.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(EXPECTED.keySet()), files,
        "each file in " + CORPUS + " needs an expectation in BadBodiesTest.EXPECTED, and each expectation a file");
    assertTrue(files.size() >= 40, "the corpus holds " + files.size() + " bodies");
  }

  static Stream<String> corpus() {
    return EXPECTED.keySet().stream();
  }

  /**
   * Every form of the decoder gives the same outcome, the excerpt included: bytes, a stream, the
   * text, and a stream that gives one byte a read.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachFileDecodesAsExpected(String file) throws IOException {
    byte[] body = Files.readAllBytes(CORPUS.resolve(file));
    Outcome expected = EXPECTED.get(file);
    expected.check(body, JourneyErrorDecoder.decode(expected.status, body), "bytes");
    expected.check(body, JourneyErrorDecoder.decode(expected.status, new ByteArrayInputStream(body)), "stream");
    if (Arrays.equals(new String(body, UTF_8).getBytes(UTF_8), body)) {
      expected.check(body, JourneyErrorDecoder.decode(expected.status, new String(body, UTF_8)), "text");
    }
    expected.check(body,
        JourneyErrorDecoder.decode(expected.status, new Trickle(body, Integer.MAX_VALUE)), "one byte a read");
  }

  /**
   * A real body cut at every byte: typed once its type is read whole, and every member either
   * as sent or absent, never a part of one (a number cut short would read as a smaller one).
   */
  @Test
  void aRealBodyCutAtEveryByteKeepsOnlyWhatItReadWhole() {
    byte[] whole = REAL_BODY.getBytes(UTF_8);
    JourneyException complete = JourneyErrorDecoder.decode(422, whole);
    assertInstanceOf(InvalidValueException.class, complete);
    assertEquals(Map.of("option", "test", "field", "status"), complete.arguments());
    assertEquals(0, complete.getSuppressed().length);
    int typeRead = REAL_BODY.indexOf("\",\"title\"") + 1;
    List<String> keptBefore = List.of();
    for (int cut = 0; cut < whole.length; cut++) {
      byte[] body = Arrays.copyOf(whole, cut);
      JourneyException decoded = JourneyErrorDecoder.decode(422, body);
      String at = "cut at " + cut + ": " + new String(body, UTF_8);
      assertEquals(422, decoded.status(), at);
      assertEquals(summary(decoded), summary(JourneyErrorDecoder.decode(422, new ByteArrayInputStream(body))), at);
      if (cut == 0) {
        assertEquals("the body is empty", assertInstanceOf(UnknownJourneyException.class, decoded, at).reason());
        continue;
      }
      if (cut < typeRead) {
        UnknownJourneyException unknown = assertInstanceOf(UnknownJourneyException.class, decoded, at);
        assertNull(unknown.type(), at);
        assertNotNull(unknown.reason(), at);
        assertExcerpt(body, unknown.excerpt(), true);
      } else {
        assertInstanceOf(InvalidValueException.class, decoded, at);
        assertEquals(1, decoded.getSuppressed().length, at);
      }
      List<String> kept = keptMembers(decoded, complete);
      assertTrue(kept.containsAll(keptBefore), at + " lost some of " + keptBefore);
      keptBefore = kept;
    }
    assertEquals(List.of("type", "title", "detail", "see", "field", "retryAfter", "allowed"), keptBefore);
  }

  /** A connection that breaks after any byte gives what the same bytes cut short give, and why. */
  @Test
  void aStreamThatFailsAfterAnyByteKeepsWhatCameBeforeAndSaysWhy() {
    byte[] whole = REAL_BODY.getBytes(UTF_8);
    for (int n = 0; n < whole.length; n++) {
      JourneyException failed = JourneyErrorDecoder.decode(503, new Trickle(whole, n));
      JourneyException cut = JourneyErrorDecoder.decode(503, Arrays.copyOf(whole, n));
      String at = "failing after " + n + " bytes";
      assertEquals(cut.getClass(), failed.getClass(), at);
      assertEquals(503, failed.status(), at);
      assertEquals(cut.toBody(), failed.toBody(), at);
      String why = failed instanceof UnknownJourneyException unknown
          ? unknown.reason()
          : failed.getSuppressed()[0].getMessage();
      assertTrue(why.contains("java.io.IOException: connection reset"), at + ": " + why);
    }
  }

  @Test
  void aStreamThatThrowsAnUncheckedExceptionOrReadsNothingForeverIsUnknown() {
    InputStream unchecked = new InputStream() {
      @Override
      public int read() {
        throw new UncheckedIOException(new IOException("stream closed"));
      }
    };
    UnknownJourneyException failed = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(502, unchecked));
    assertTrue(failed.reason().contains("stream closed"), failed.reason());
    assertEquals(502, failed.status());

    InputStream stalled = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        return 0;
      }
    };
    UnknownJourneyException nothing = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(502, stalled));
    assertTrue(nothing.reason().contains("returned 0"), nothing.reason());
  }

  /** 100,000 levels, open and closed, in every place a body can nest: refused at level 65. */
  @Test
  void nestingAHundredThousandDeepIsRefusedWhereverItIs() {
    String deepArrays = "[".repeat(100_000);
    String tooDeep = "the body is over a limit: Document nesting depth (65) exceeds the maximum allowed (64";
    Map<String, Outcome> cases = new LinkedHashMap<>();
    // Not an object: refused at its first byte.
    cases.put(deepArrays, unknown("arrays at the top", 400).reason("expected a JSON object, found an array"));
    cases.put("{\"type\":\"TOO_MANY_REQUESTS\",\"a\":" + "{\"a\":".repeat(100_000),
        typed("objects in an extension", 429, TOO_MANY_REQUESTS).reason(tooDeep));
    cases.put("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":" + deepArrays + "]".repeat(100_000) + "}",
        typed("arrays in a title, all closed", 404, OBJECT_NOT_FOUND).reason(tooDeep));
    cases.put("{\"a\":" + deepArrays + "]".repeat(100_000) + ",\"type\":\"TOO_MANY_REQUESTS\"}",
        unknown("arrays before the type, all closed", 429).reason(tooDeep));
    for (Map.Entry<String, Outcome> deep : cases.entrySet()) {
      Outcome expected = deep.getValue();
      byte[] body = deep.getKey().getBytes(UTF_8);
      expected.check(body, JourneyErrorDecoder.decode(expected.status, body), expected.file);
      expected.check(body, JourneyErrorDecoder.decode(expected.status, deep.getKey()), expected.file);
      expected.check(body, JourneyErrorDecoder.decode(expected.status, new ByteArrayInputStream(body)),
          expected.file);
    }
  }

  /** The members of a decoded exception that hold what the complete body sent, in wire order. */
  private static List<String> keptMembers(JourneyException decoded, JourneyException complete) {
    List<String> kept = new ArrayList<>();
    Map<String, String> members = new LinkedHashMap<>();
    members.put("type", decoded.type());
    members.put("title", decoded.title());
    members.put("detail", decoded.detail());
    members.put("see", decoded.see());
    Map<String, String> sent = Map.of("type", complete.type(), "title", complete.title(),
        "detail", complete.detail(), "see", complete.see());
    Map<String, String> fallback = Map.of("title", INVALID_VALUE.title(), "detail", INVALID_VALUE.title(),
        "see", INVALID_VALUE.see());
    for (Map.Entry<String, String> member : members.entrySet()) {
      String value = member.getValue();
      if (value != null && value.equals(sent.get(member.getKey()))) {
        kept.add(member.getKey());
      } else if (value != null) {
        // Not as sent: then it must be the catalog's, or the title standing in for the detail.
        assertTrue(value.equals(fallback.get(member.getKey())) || value.equals(decoded.title()),
            member + " is neither as sent nor the catalog's");
      }
    }
    for (Map.Entry<String, Object> extension : decoded.extensions().entrySet()) {
      assertEquals(complete.extensions().get(extension.getKey()), extension.getValue(),
          "extension " + extension.getKey() + " is not as sent");
      kept.add(extension.getKey());
    }
    return kept;
  }

  /** What is compared between the forms of one body. */
  private static String summary(JourneyException decoded) {
    return decoded.getClass().getSimpleName() + " " + decoded.toBody()
        + (decoded instanceof UnknownJourneyException unknown ? " " + unknown.reason() + " " + unknown.excerpt() : "")
        + Arrays.stream(decoded.getSuppressed()).map(Throwable::getMessage).toList();
  }

  /**
   * An excerpt is printable ASCII only, and unescaped it is the start of the body as UTF-8 text,
   * ending in {@code ...} where more was read. Where the body was read in full chunks, it is as
   * much of the start as the excerpt holds; otherwise at least the first byte.
   */
  static void assertExcerpt(byte[] body, String excerpt, boolean whole) {
    assertNotNull(excerpt, "no excerpt");
    assertTrue(excerpt.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "not escaped: " + excerpt);
    int room = Math.min(body.length, EXCERPT_CHARS);
    String start = unescape(excerpt.endsWith("...") ? excerpt.substring(0, excerpt.length() - 3) : excerpt);
    if (whole) {
      assertEquals(body.length > room, excerpt.endsWith("..."), excerpt);
      assertEquals(new String(body, 0, room, UTF_8), start, "excerpt " + excerpt);
    } else {
      assertTrue(IntStream.rangeClosed(1, room).anyMatch(n -> new String(body, 0, n, UTF_8).equals(start)),
          "not the start of the body: " + excerpt);
    }
  }

  /** Reverses the excerpt's escaping: {@code \\} and {@code \}{@code uXXXX}. */
  private static String unescape(String escaped) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (escaped.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else {
        assertEquals('u', escaped.charAt(i + 1), escaped);
        out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      }
    }
    return out.toString();
  }

  private static List<Object> nestedLists(int depth) {
    List<Object> list = List.of();
    for (int i = 1; i < depth; i++) {
      list = List.of(list);
    }
    return list;
  }

  /** An ordered map from alternating keys and values; values may be null. */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Map<String, Outcome> table(Outcome... outcomes) {
    Map<String, Outcome> table = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      if (table.put(outcome.file, outcome) != null) {
        throw new IllegalStateException("two expectations for " + outcome.file);
      }
    }
    return table;
  }

  static Outcome unknown(String file, int status) {
    return new Outcome(file, status, null);
  }

  static Outcome typed(String file, int status, JourneyError error) {
    return new Outcome(file, status, error);
  }

  /**
   * What decoding one body must give. Members not stated are null for an unknown exception and
   * the catalog's for a typed one; no reason means the body was read whole.
   */
  static final class Outcome {
    private static final Map<JourneyError, Class<? extends JourneyException>> CLASSES =
        new EnumMap<>(Map.of(
            JourneyError.AUTHENTICATION_FAILED, AuthenticationFailedException.class,
            JourneyError.INTERNAL_SERVER_ERROR, InternalServerErrorException.class,
            OBJECT_NOT_FOUND, ObjectNotFoundException.class,
            INVALID_VALUE, InvalidValueException.class,
            JourneyError.INVALID_API_REQUEST, InvalidApiRequestException.class,
            JourneyError.ROUTE_ERROR, RouteErrorException.class,
            JourneyError.ACCOUNT_NOT_FOUND, AccountNotFoundException.class,
            BATCH_ABORTED, BatchAbortedException.class,
            TOO_MANY_REQUESTS, TooManyRequestsException.class));

    final String file;
    final int status;
    private final JourneyError error;
    private String type;
    private String title;
    private String detail;
    private String see;
    private Map<String, Object> extensions = Map.of();
    private List<Object> arguments;
    private String reason;
    private boolean excerpt = true;
    private boolean wholeExcerpt = true;

    private Outcome(String file, int status, JourneyError error) {
      this.file = file;
      this.status = status;
      this.error = error;
      if (error != null) {
        this.type = error.type();
        this.title = error.title();
        this.detail = error.title();
        this.see = error.see();
      }
    }

    Outcome type(String type) {
      this.type = type;
      return this;
    }

    Outcome title(String title) {
      this.title = title;
      return this;
    }

    Outcome detail(String detail) {
      this.detail = detail;
      return this;
    }

    Outcome see(String see) {
      this.see = see;
      return this;
    }

    Outcome extensions(Map<String, Object> extensions) {
      this.extensions = extensions;
      return this;
    }

    /** The typed arguments matched back, in declaration order. */
    Outcome arguments(Object... arguments) {
      this.arguments = Arrays.asList(arguments);
      return this;
    }

    /** The body could not be read whole: why, in a few words of the reason. */
    Outcome reason(String reason) {
      this.reason = reason;
      return this;
    }

    Outcome noExcerpt() {
      this.excerpt = false;
      return this;
    }

    /** The body was read in small parts, so the excerpt may hold less than its room. */
    Outcome startOnly() {
      Outcome copy = new Outcome(file, status, error);
      copy.type = type;
      copy.title = title;
      copy.detail = detail;
      copy.see = see;
      copy.extensions = extensions;
      copy.arguments = arguments;
      copy.reason = reason;
      copy.excerpt = excerpt;
      copy.wholeExcerpt = false;
      return copy;
    }

    void check(byte[] body, JourneyException decoded, String form) {
      String at = file + " as " + form;
      assertEquals(error == null ? UnknownJourneyException.class : CLASSES.get(error), decoded.getClass(), at);
      assertEquals(status, decoded.status(), at);
      assertEquals(type, decoded.type(), at);
      assertEquals(title, decoded.title(), at);
      assertEquals(detail, decoded.detail(), at);
      assertEquals(see, decoded.see(), at);
      assertEquals(extensions, decoded.extensions(), at);
      assertEquals(List.copyOf(extensions.keySet()), List.copyOf(decoded.extensions().keySet()), at);
      if (arguments != null) {
        assertEquals(arguments, new ArrayList<>(decoded.arguments().values()), at);
      }
      assertNotNull(decoded.getMessage(), at);
      if (decoded instanceof UnknownJourneyException unknown) {
        assertEquals(0, decoded.getSuppressed().length, at);
        if (reason == null) {
          assertNull(unknown.reason(), at);
          assertNull(unknown.excerpt(), at);
          return;
        }
        assertNotNull(unknown.reason(), at);
        assertTrue(unknown.reason().contains(reason), at + ": " + unknown.reason());
        if (excerpt) {
          assertExcerpt(body, unknown.excerpt(), wholeExcerpt);
          assertTrue(unknown.getMessage().contains(unknown.excerpt()) || unknown.detail() != null, at);
        } else {
          assertNull(unknown.excerpt(), at);
        }
      } else if (reason == null) {
        assertEquals(0, decoded.getSuppressed().length, at);
      } else {
        // A typed exception says why through the one exception suppressed in it.
        assertEquals(1, decoded.getSuppressed().length, at);
        IOException why = assertInstanceOf(IOException.class, decoded.getSuppressed()[0], at);
        String message = why.getMessage();
        int starts = message.indexOf("; the body starts: ");
        assertTrue(starts > 0 && message.substring(0, starts).contains(reason), at + ": " + message);
        assertExcerpt(body, message.substring(starts + "; the body starts: ".length()), wholeExcerpt);
        assertEquals(0, why.getStackTrace().length, at);
      }
    }
  }

  /**
   * A stream that gives one byte a read, like a slow connection, and fails with "connection
   * reset" after {@code failAfter} bytes.
   */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int failAfter;
    private int next;

    Trickle(byte[] bytes, int failAfter) {
      this.bytes = bytes;
      this.failAfter = failAfter;
    }

    @Override
    public int read() throws IOException {
      if (next == failAfter) {
        throw new IOException("connection reset");
      }
      return next < bytes.length ? bytes[next++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int b = read();
      if (b < 0) {
        return -1;
      }
      buffer[offset] = (byte) b;
      return 1;
    }
  }
}
