package io.github.errata.runtime.internal;

import static io.github.errata.runtime.internal.Journey.CATALOG;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.errata.WireFormat;
import io.github.errata.runtime.DecodeLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Coverage-guided fuzz targets of the runtime, with Jazzer. {@link #read} hands any bytes to every
 * form of the reader and checks what it promises, with jackson-core's parser as a second opinion;
 * {@link #roundTrip} writes any error, with any arguments, or any body, and reads it back.
 *
 * <p>A plain {@code mvn verify} replays the inputs kept in {@code ReaderFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} Jazzer fuzzes a target, starting from them.
 */
class ReaderFuzzTest {

  /** A fresh parser factory for every body: a shared one's name table once read FF "see" as "see". */
  private static JsonFactory jackson() {
    return JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(10_000).maxNumberLength(100_000).maxStringLength(10_000_000).build())
        .build();
  }

  @FuzzTest
  @DictionaryEntries({"\"type\"", "\"title\"", "\"detail\"", "\"see\"", "OBJECT_NOT_FOUND",
      "TOO_MANY_REQUESTS", "INVALID_VALUE", "\\u", "\\uD800", "\u00e9", "\u00ef\u00bb\u00bf", "1e999"})
  void read(byte[] body) {
    int chunk = 1 + Math.floorMod(body.length, 7);
    Map<String, Received> forms = new LinkedHashMap<>();
    forms.put("bytes", CATALOG.read(404, body, null));
    forms.put("stream", CATALOG.read(404, new java.io.ByteArrayInputStream(body), null));
    forms.put(chunk + " bytes a read", CATALOG.read(404, new Streams.Trickle(body, chunk), null));
    String text = new String(body, UTF_8);
    if (Arrays.equals(text.getBytes(UTF_8), body)) {
      forms.put("text", CATALOG.read(404, text, null));
    }
    Received read = forms.get("bytes");
    forms.forEach((form, received) -> {
      checkPromises(body, received);
      assertEquals(CatalogSpecTest.summary(read), CatalogSpecTest.summary(received), form);
    });
    checkAgainstJackson(body, read);
  }

  /** What the reader promises of any body, whatever it was. */
  private static void checkPromises(byte[] body, Received read) {
    assertEquals(404, read.status());
    assertNotNull(read.extensions());
    if (read.reason() == null) {
      assertNull(read.excerpt());
    } else {
      assertFalse(read.reason().startsWith("the body could not be read: "), read.reason());
      if (body.length > 0) {
        assertTrue(read.excerpt().chars().allMatch(c -> c >= 0x20 && c < 0x7f), read.excerpt());
        assertTrue(read.excerpt().length() <= 6 * Source.EXCERPT_BYTES + 3);
      }
    }
    if (read.index() >= 0) {
      assertNotNull(read.title());
      assertNotNull(read.detail());
      assertNotNull(read.see());
      if (read.arguments() != null) {
        // Only a reading that writes the detail back as it came is the server's.
        assertEquals(read.detail(), read.spec().detail(read.arguments()));
      }
    } else {
      assertNull(read.arguments());
    }
  }

  /**
   * jackson-core's reading of a body that is strict UTF-8: one JSON object within the limits is
   * read whole, member for member; anything else is not. A body that is not UTF-8 is never read
   * whole, and one Jackson would take for UTF-16 or UTF-32 gets no second opinion.
   */
  private static void checkAgainstJackson(byte[] body, Received read) {
    boolean whole = read.reason() == null;
    if (Encoding.detect(body, 0, Math.min(4, body.length)).encoding() != Encoding.UTF_8) {
      return;
    }
    String text;
    try {
      text = UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      assertFalse(whole, "read a body that is not UTF-8");
      return;
    }
    Map<String, Object> members;
    try {
      members = jacksonMembers(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (NoSecondOpinion e) {
      return;
    }
    assertEquals(members != null, whole, () -> "Jackson read " + members + ", we " + read.reason());
    if (members == null) {
      return;
    }
    String type = members.get("type") instanceof String s ? s : null;
    String title = members.get("title") instanceof String s ? s : null;
    String detail = members.get("detail") instanceof String s ? s : null;
    String see = members.get("see") instanceof String s ? s : null;
    ErrorSpec spec = CATALOG.indexOf(type) >= 0 ? CATALOG.error(CATALOG.indexOf(type)) : null;
    if (spec == null) {
      assertEquals(Arrays.asList(type, title, detail, see),
          Arrays.asList(read.type(), read.title(), read.detail(), read.see()));
    } else {
      String titled = title != null ? title : spec.title();
      assertEquals(Arrays.asList(type, titled, detail != null ? detail : titled,
          see != null ? see : spec.see()), Arrays.asList(read.type(), read.title(), read.detail(), read.see()));
    }
    Map<String, Object> extensions = new LinkedHashMap<>(members);
    extensions.keySet().removeAll(List.of("type", "title", "detail", "see"));
    assertEquals(extensions, read.extensions());
    assertEquals(List.copyOf(extensions.keySet()), List.copyOf(read.extensions().keySet()));
  }

  /**
   * The members of a body as jackson-core reads it, a repeated one the last string for the four
   * members and the last value otherwise; null where it is not one object within the limits.
   */
  private static Map<String, Object> jacksonMembers(String text) {
    try (JsonParser parser = jackson().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, Object> members = new LinkedHashMap<>();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        check(name);
        Object value = value(parser, parser.nextToken(), 2);
        if (!List.of("type", "title", "detail", "see").contains(name) || value instanceof String) {
          members.put(name, value);
        }
      }
      if (parser.nextToken() != null) {
        return null;
      }
      return members;
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains("surrogate")) {
        // Since 2.21, jackson-core refuses a lone surrogate in a member name, escaped or not,
        // which JSON allows: no judge of such a body.
        throw new NoSecondOpinion();
      }
      return null;
    } catch (OverLimit e) {
      return null;
    }
  }

  /** A body that jackson-core refuses though it is JSON. */
  private static final class NoSecondOpinion extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A body past one of the default limits, which the runtime refuses. */
  private static final class OverLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private static void check(String text) {
    if (text.length() > DecodeLimits.DEFAULT.maxStringLength()) {
      throw new OverLimit();
    }
  }

  private static Object value(JsonParser parser, JsonToken token, int level) throws IOException {
    if (token == null) {
      throw new IOException("ends");
    }
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (level > DecodeLimits.DEFAULT.maxDepth()) {
          throw new OverLimit();
        }
        if (token == JsonToken.START_ARRAY) {
          List<Object> list = new ArrayList<>();
          for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            list.add(value(parser, item, level + 1));
          }
          return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          check(name);
          map.put(name, value(parser, parser.nextToken(), level + 1));
        }
        return map;
      }
      case VALUE_STRING -> {
        check(parser.getText());
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        if (parser.getTextLength() > JsonReader.MAX_NUMBER_LENGTH) {
          throw new OverLimit();
        }
        return parser.getNumberValue();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + token);
    }
  }

  enum Kind { A, B_C, D }

  private static final ErrorSpec EVERY_KIND = ErrorSpec.builder(WireFormat.JSON, "EVERY_KIND", 422, "K.")
      .parameter("s", ArgumentKind.STRING).parameter("i", ArgumentKind.INT)
      .parameter("l", ArgumentKind.LONG).parameter("b", ArgumentKind.BOOLEAN)
      .parameter("d", ArgumentKind.DOUBLE).parameter("u", ArgumentKind.UUID)
      .enumParameter("e", Kind.class)
      .detail("{s}:{i}/{l} {b}{d}[{u}]{e}:{s}").build();

  private static final List<ErrorSpec> ERRORS = List.of(Journey.OBJECT_NOT_FOUND, Journey.INVALID_VALUE,
      Journey.INVALID_API_REQUEST, Journey.ROUTE_ERROR, Journey.TOO_MANY_REQUESTS, EVERY_KIND);

  private static final CatalogSpec ROUND_TRIP = CatalogSpec.of(WireFormat.JSON, ERRORS);

  private static final List<String> PIECES = List.of("No ", " found with ID: '", "'", "\"", "\\",
      "{", "}", "[", "]", ":", "/", " ", "null", "\u0000", "\u00e9", "\uD83D\uDE00", "\uD800", "\u2028",
      "\uFEFF");

  @FuzzTest
  void roundTrip(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      thrownErrorRoundTrips(data);
    } else {
      bodyRoundTrips(data);
    }
  }

  /** Any error with any arguments, as a server writes it: read back, the same error. */
  private static void thrownErrorRoundTrips(FuzzedDataProvider data) {
    ErrorSpec spec = data.pickValue(ERRORS);
    Object[] arguments = new Object[spec.parameterNames().size()];
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = argument(data, spec.parameterKind(i));
    }
    String detail = spec.detail(arguments);
    byte[] body = spec.thrownBody(arguments, detail, false);
    byte[] jackson = JacksonVisitor.write(
        v -> Wire.JSON.write(spec.type(), spec.title(), detail, spec.see(), Map.of(), v));
    assertEquals(new String(jackson, UTF_8), new String(body, UTF_8));
    for (Received read : List.of(ROUND_TRIP.read(spec.status(), body, null),
        ROUND_TRIP.read(spec.status(), new String(body, UTF_8), null))) {
      assertNull(read.reason());
      assertEquals(spec, read.spec());
      assertEquals(detail, read.detail());
      assertEquals(spec.title(), read.title());
      assertEquals(spec.see(), read.see());
      Object[] back = read.arguments();
      if (back != null) {
        assertEquals(detail, spec.detail(back));
        if (DetailTemplateTestAccess.readings(spec.template(), detail) == 1) {
          assertEquals(Arrays.asList(canonical(arguments)), Arrays.asList(back));
        }
      } else if (spec.parameterNames().size() > 0 && spec != EVERY_KIND) {
        // Strings only: a detail that splits one way always reads back.
        assertTrue(DetailTemplateTestAccess.readings(spec.template(), detail) != 1, detail);
      }
    }
  }

  /** A String argument written as null reads back as the text "null"; others as written. */
  private static Object[] canonical(Object[] arguments) {
    Object[] values = arguments.clone();
    return values;
  }

  private static Object argument(FuzzedDataProvider data, ArgumentKind kind) {
    if (data.consumeInt(0, 9) == 0) {
      return kind == ArgumentKind.STRING ? "null" : null;
    }
    return switch (kind) {
      case STRING -> text(data);
      case INT -> data.consumeInt();
      case LONG -> data.consumeLong();
      case BOOLEAN -> data.consumeBoolean();
      case DOUBLE -> data.consumeRegularDouble();
      case UUID -> new UUID(data.consumeLong(), data.consumeLong());
      case ENUM -> data.pickValue(Kind.values());
    };
  }

  /** Any body of extensions of every kind: written, then read back as it was. */
  private static void bodyRoundTrips(FuzzedDataProvider data) {
    String type = data.consumeBoolean() ? data.pickValue(ERRORS).type() : nullable(data);
    String title = nullable(data);
    String detail = nullable(data);
    String see = nullable(data);
    Map<String, Object> extensions = new LinkedHashMap<>();
    for (int i = data.consumeInt(0, 4); i > 0; i--) {
      String name = text(data);
      if (!List.of("type", "title", "detail", "see").contains(name)) {
        extensions.put(name, value(data, 3));
      }
    }
    byte[] body = Wire.JSON.toJsonBytes(type, title, detail, see, extensions);
    byte[] jackson = JacksonVisitor.write(v -> Wire.JSON.write(type, title, detail, see, extensions, v));
    assertEquals(new String(jackson, UTF_8), new String(body, UTF_8));
    Received read = ROUND_TRIP.read(400, body, null);
    assertNull(read.reason());
    assertEquals(extensions, read.extensions());
    ErrorSpec spec = ROUND_TRIP.indexOf(type) >= 0 ? ROUND_TRIP.error(ROUND_TRIP.indexOf(type)) : null;
    String titled = spec != null && title == null ? spec.title() : title;
    assertEquals(Arrays.asList(type, titled, spec != null && detail == null ? titled : detail,
        spec != null && see == null ? spec.see() : see),
        Arrays.asList(read.type(), read.title(), read.detail(), read.see()));
    if (spec != null && !Objects.equals(read.arguments(), null)) {
      assertEquals(detail, spec.detail(read.arguments()));
    }
  }

  private static Object value(FuzzedDataProvider data, int depth) {
    switch (data.consumeInt(0, depth > 0 ? 9 : 7)) {
      case 0:
        return null;
      case 1:
        return data.consumeBoolean();
      case 2:
        return data.consumeInt();
      case 3: {
        // The reader gives the smallest box that holds a whole number.
        long l = data.consumeLong();
        if (l == (int) l) {
          return Integer.valueOf((int) l);
        }
        return Long.valueOf(l);
      }
      case 4:
        return data.consumeRegularDouble();
      case 5:
        // Past a long, so a BigInteger.
        return BigInteger.valueOf(data.consumeLong() | 1).shiftLeft(64).add(BigInteger.ONE);
      case 6:
        return new BigDecimal(BigInteger.valueOf(data.consumeLong()), 3).doubleValue();
      case 7:
        return text(data);
      case 8: {
        List<Object> list = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
          list.add(value(data, depth - 1));
        }
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
          map.put(text(data), value(data, depth - 1));
        }
        return map;
      }
    }
  }

  private static String nullable(FuzzedDataProvider data) {
    return data.consumeInt(0, 5) == 0 ? null : text(data);
  }

  /** Fuzzed text with the templates' literals, quotes, braces and odd chars spliced in. */
  private static String text(FuzzedDataProvider data) {
    StringBuilder out = new StringBuilder();
    for (int pieces = data.consumeInt(0, 4); pieces > 0; pieces--) {
      switch (data.consumeInt(0, 2)) {
        case 0 -> out.append(data.consumeString(16));
        case 1 -> out.append(data.pickValue(PIECES));
        default -> out.append(data.consumeChar());
      }
    }
    return out.toString();
  }
}
