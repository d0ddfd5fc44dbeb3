package io.github.errata.sample;

import static io.github.errata.sample.BadBodiesTest.ordered;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing a server writes can break the JSON. Text with every control character, quotes,
 * backslashes, {@code </script>}, line separators, non-BMP characters and lone surrogates goes
 * into every member, through every way a server may write it; Jackson's own reader, with no
 * module, must read back exactly the strings written, and the decoder the same exception.
 *
 * <p>{@code </} and U+2028/U+2029 are left as they are: JSON allows them, and they matter only
 * to a page that pastes JSON into a {@code <script>} element, which is that page's to escape (a
 * mapper with {@code ESCAPE_FORWARD_SLASHES} or {@code ESCAPE_NON_ASCII} does, and the generated
 * serializers keep its settings). Escaping {@code /} by default would also change the bytes of
 * every {@code see} link the seed API sends.
 */
class EscapingTest {

  private static final ObjectMapper JUDGE = new ObjectMapper();

  static final List<String> HOSTILE = List.of(
      IntStream.range(0, 0x20).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining()),
      "\"quoted\" and \\back\\slashed\\ and \\u0041 and \\\" written out",
      "</script><script>alert(1)</script><!-- -->",
      "line\u2028separator\u2029paragraph",
      "non-BMP \uD83D\uDE00 \uD834\uDD1E",
      "\uD800",
      "\uDC00",
      "a\uD800b",
      "lone low \uDC00 inside",
      "reversed \uDC00\uD800 pair",
      "ends high \uD800",
      "two highs \uD800\uD800\uDC00 then a pair",
      "\u007F\u0080\u00E9\uFEFF\uFFFE\uFFFF");

  /** How a server may write a body: each of Jackson's generators, and settings that touch escaping. */
  record Server(String name, ObjectMapper mapper, boolean viaText) {

    byte[] write(Object value) throws Exception {
      return viaText ? mapper.writeValueAsString(value).getBytes(UTF_8) : mapper.writeValueAsBytes(value);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Server> servers() {
    return List.of(
        server("bytes", UnaryOperator.identity(), false),
        server("text, then UTF-8", UnaryOperator.identity(), true),
        server("bytes, surrogates combined",
            factory -> factory.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8), false),
        server("bytes, non-ASCII escaped", factory -> factory.enable(JsonWriteFeature.ESCAPE_NON_ASCII), false),
        server("text, non-ASCII escaped", factory -> factory.enable(JsonWriteFeature.ESCAPE_NON_ASCII), true),
        server("bytes, slashes escaped",
            factory -> factory.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES), false),
        server("text, NaN as numbers", factory -> factory.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS), true));
  }

  private static Server server(String name, UnaryOperator<JsonFactoryBuilder> features, boolean viaText) {
    JsonFactory factory = features.apply(new JsonFactoryBuilder()).build();
    return new Server(name, JsonMapper.builder(factory).addModule(new JourneyJacksonModule()).build(), viaText);
  }

  static Stream<Arguments> serversAndTexts() {
    return servers().stream().flatMap(server -> HOSTILE.stream().map(text -> Arguments.of(server, text)));
  }

  /** In all four members, an extension's name and value, and inside a list and an object. */
  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("serversAndTexts")
  void hostileTextInEveryMemberReadsBackExactly(Server server, String text) throws Exception {
    JourneyErrorBody body = new JourneyErrorBody(text, text, text, text,
        ordered(text, text, "list", List.of(text, Map.of(text, text))));
    byte[] json = server.write(body);

    UnknownJourneyException decoded = assertInstanceOf(UnknownJourneyException.class,
        JourneyErrorDecoder.decode(400, json));
    assertNull(decoded.reason(), decoded.reason());
    assertEquals(body, decoded.toBody());
    if (hasLoneSurrogate(text)) {
      // Since 2.21, jackson-core's parser refuses a lone surrogate in a member name, escaped or
      // not; the bytes are the same as before, and our decoder (above) reads them back exactly.
      return;
    }
    JsonNode read = wellFormed(json);
    for (String member : List.of("type", "title", "detail", "see")) {
      assertEquals(text, read.get(member).textValue(), member);
    }
    assertEquals(text, read.get(text).textValue());
    assertEquals(text, read.get("list").get(0).textValue());
    assertEquals(text, read.get("list").get(1).get(text).textValue());
    assertEquals(body, server.mapper().readValue(json, JourneyErrorBody.class));
  }

  /** Whether a text holds a surrogate that is not half of a pair. */
  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Thrown exceptions, whose details the catalog's templates make from the arguments. */
  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("serversAndTexts")
  void hostileArgumentsComeBackAsTheyWereThrown(Server server, String text) throws Exception {
    for (JourneyException thrown : List.of(new ObjectNotFoundException(text, text),
        new InvalidApiRequestException(text), new InvalidValueException(text, text))) {
      byte[] json = server.write(thrown);
      assertEquals(thrown.detail(), wellFormed(json).get("detail").textValue());
      for (JourneyException decoded : List.of(JourneyErrorDecoder.decode(thrown.status(), json),
          server.mapper().readValue(json, JourneyException.class))) {
        assertEquals(thrown.getClass(), decoded.getClass());
        assertEquals(thrown.toBody(), decoded.toBody());
        assertEquals(thrown.arguments(), decoded.arguments());
      }
    }
  }

  /**
   * A lone surrogate cannot be encoded as UTF-8. Every generator writes it as an escape; left to
   * itself, the char generator would write it raw ({@code ?} once encoded), and jackson-core
   * 2.20's UTF-8 generator combining surrogates would join it to the next char: "a\uD800b"
   * became U+10062, the "b" lost. The escaping is for that string alone: an "é" after it is
   * written as the generator writes it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("servers")
  void aLoneSurrogateIsAlwaysAnEscapeAndOnlyItsStringIsEscaped(Server server) throws Exception {
    byte[] json = server.write(new JourneyErrorBody("a\uD800b", "\u00E9", null, null));
    String text = new String(json, UTF_8);
    assertTrue(text.toUpperCase(Locale.ROOT).contains("A\\UD800B"), text);
    assertEquals("a\uD800b", wellFormed(json).get("type").textValue());
    boolean escapesNonAscii = server.name().contains("non-ASCII");
    assertEquals(escapesNonAscii, text.contains("\\u00E9"), text);
    assertEquals(!escapesNonAscii, text.contains("\u00E9"), text);
  }

  /** {@code </} and U+2028 are the mapper's to escape; by default they are written as they are. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("servers")
  void slashesAndLineSeparatorsAreLeftToTheMapper(Server server) throws Exception {
    String script = "</script>\u2028";
    byte[] json = server.write(new InvalidApiRequestException(script));
    String text = new String(json, UTF_8);
    assertEquals(server.name().contains("slashes"), text.contains("<\\/script>"), text);
    assertEquals(server.name().contains("non-ASCII"), text.contains("\\u2028"), text);
    assertEquals(script, wellFormed(json).get("detail").textValue());
    assertTrue(text.contains("\"see\":\"https:" + (server.name().contains("slashes") ? "\\/\\/" : "//")), text);
  }

  /** NaN and the infinities are no JSON numbers: written as text even by a mapper told otherwise. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("servers")
  void numbersJsonCannotHoldAreWrittenAsText(Server server) throws Exception {
    Map<String, Object> numbers = ordered("nan", Double.NaN, "up", Double.POSITIVE_INFINITY,
        "down", Float.NEGATIVE_INFINITY, "plain", 0.5);
    byte[] json = server.write(new JourneyErrorBody("TOO_MANY_REQUESTS", null, null, null, numbers));
    JsonNode read = wellFormed(json);
    assertEquals("NaN", read.get("nan").textValue());
    assertEquals("Infinity", read.get("up").textValue());
    assertEquals("-Infinity", read.get("down").textValue());
    assertEquals(0.5, read.get("plain").doubleValue());
    assertEquals(ordered("nan", "NaN", "up", "Infinity", "down", "-Infinity", "plain", 0.5),
        JourneyErrorDecoder.decode(429, json).extensions());
  }

  /**
   * The bytes are strict UTF-8, hold no raw control character (JSON forbids them in strings,
   * and the body has no whitespace), and Jackson's own reader takes them as one JSON object.
   */
  private static JsonNode wellFormed(byte[] json) throws Exception {
    try {
      UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json));
    } catch (CharacterCodingException e) {
      throw new AssertionError("not UTF-8: " + new String(json, UTF_8), e);
    }
    for (byte b : json) {
      assertFalse((b & 0xff) < 0x20, "a raw control character in " + new String(json, UTF_8));
    }
    JsonNode read = JUDGE.readTree(json);
    assertTrue(read.isObject());
    return read;
  }
}
