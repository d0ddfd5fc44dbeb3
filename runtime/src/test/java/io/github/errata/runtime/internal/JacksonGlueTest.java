package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.WireFormat;
import io.github.errata.runtime.internal.Journey.JourneyException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson glue every generated module subclasses, tested once: subclassed here for the test
 * catalog as a generated module does, each Jackson writes exactly {@code toJsonBytes()} and reads
 * a body back as the catalog's exception.
 */
class JacksonGlueTest {

  private static final ObjectMapper JACKSON_2 = new ObjectMapper().registerModule(
      new com.fasterxml.jackson.databind.module.SimpleModule()
          .addSerializer(JourneyException.class, new Serializer2())
          .addDeserializer(JourneyException.class, new Deserializer2())
          .addSerializer(Body.class, new BodySerializer2())
          .addDeserializer(Body.class, new BodyDeserializer2()));
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().addModule(
      new tools.jackson.databind.module.SimpleModule()
          .addSerializer(JourneyException.class, new Serializer3())
          .addDeserializer(JourneyException.class, new Deserializer3())
          .addSerializer(Body.class, new BodySerializer3())
          .addDeserializer(Body.class, new BodyDeserializer3()))
      .build();

  /** Thrown and received, with every kind of text the writers must agree on. */
  private static List<JourneyException> everyKind() {
    return List.of(
        new JourneyException(Journey.OBJECT_NOT_FOUND, "task", "c3d5"),
        new JourneyException(Journey.TOO_MANY_REQUESTS),
        new JourneyException(Journey.INVALID_VALUE, "t\u00e9st \"quoted\"\n\u2028", "f"),
        // A pair: Jackson 3 alone would write its four UTF-8 bytes; a lone one: neither can.
        new JourneyException(Journey.INVALID_VALUE, "mug \uD83D\uDE00", "\uDC00 \u00e9"),
        Journey.decode(502, ("{\"type\":\"GATEWAY\",\"title\":\"Bad\",\"x\":[1,2.5,null,true],"
            + "\"y\":{\"type\":\"inner\",\"\\ud800\u00e9\":\"\\udfff\"},\"z\":12345678901234567890}")
            .getBytes(UTF_8)),
        Journey.decode(503, "<html>proxy</html>".getBytes(UTF_8)));
  }

  @Test
  void jackson2WritesExactlyTheBody() throws IOException {
    for (JourneyException exception : everyKind()) {
      assertEquals(new String(exception.toJsonBytes(), UTF_8), JACKSON_2.writeValueAsString(exception));
    }
  }

  @Test
  void jackson3WritesExactlyTheBody() {
    for (JourneyException exception : everyKind()) {
      assertEquals(new String(exception.toJsonBytes(), UTF_8), JACKSON_3.writeValueAsString(exception));
    }
  }

  @Test
  void aUserEscapingSettingIsKeptAroundALoneSurrogateName() throws IOException {
    JourneyException exception = everyKind().get(4);
    com.fasterxml.jackson.core.JsonFactory factory = JACKSON_2.getFactory();
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator generator = factory.createGenerator(out)) {
      generator.setHighestNonEscapedChar(0x20);
      JACKSON_2.writeValue(generator, exception);
      assertEquals(0x20, generator.getHighestEscapedChar());
    }
  }

  @Test
  void eitherReadsABodyBackAsTheException() throws IOException {
    byte[] body = new JourneyException(Journey.INVALID_VALUE, "o", "f").toJsonBytes();
    for (JourneyException read : List.of(JACKSON_2.readValue(body, JourneyException.class),
        JACKSON_3.readValue(body, JourneyException.class))) {
      assertEquals("INVALID_VALUE", read.type());
      assertEquals(Map.of("option", "o", "field", "f"), read.arguments());
      assertArrayEquals(body, read.toJsonBytes());
    }
  }

  @Test
  void eitherWritesAndReadsTheBodyRecord() throws IOException {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("n", 1);
    extensions.put("none", null);
    Body body = new Body("T", "t\uD83D\uDE00", null, "https://x", extensions);
    String expected = new String(Wire.JSON.toJsonBytes(body.type(), body.title(), body.detail(),
        body.see(), body.extensions()), UTF_8);
    assertEquals(expected, JACKSON_2.writeValueAsString(body));
    assertEquals(expected, JACKSON_3.writeValueAsString(body));
    for (Body read : List.of(JACKSON_2.readValue(expected, Body.class),
        JACKSON_3.readValue(expected, Body.class))) {
      assertEquals(body.title(), read.title());
      assertNull(read.detail());
      assertEquals(extensions, read.extensions());
    }
  }

  /** A catalog's body record, as a generated one is. */
  record Body(String type, String title, String detail, String see,
      Map<String, Object> extensions) {
    static Body of(Map<?, ?> members) {
      Map<String, Object> rest = new LinkedHashMap<>();
      members.forEach((name, value) -> {
        if (!Wire.JSON.isMember(String.valueOf(name))) {
          rest.put(String.valueOf(name), value);
        }
      });
      return new Body(text(members.get("type")), text(members.get("title")),
          text(members.get("detail")), text(members.get("see")), rest);
    }

    private static String text(Object value) {
      return value instanceof String text ? text : null;
    }

    JourneyException exception() {
      return new JourneyException(Journey.CATALOG.fromMembers(
          Journey.CATALOG.statusOf(type, null), type, title, detail, see, extensions));
    }
  }

  static final class Serializer2
      extends io.github.errata.runtime.internal.jackson2.ErrorSerializer<JourneyException> {
    private static final long serialVersionUID = 1L;

    Serializer2() {
      super(JourneyException.class, WireFormat.JSON);
    }
  }

  static final class Deserializer2
      extends io.github.errata.runtime.internal.jackson2.ErrorDeserializer<JourneyException> {
    private static final long serialVersionUID = 1L;

    Deserializer2() {
      super(JourneyException.class);
    }

    @Override
    protected JourneyException exception(Map<?, ?> members) {
      return Body.of(members).exception();
    }
  }

  static final class BodySerializer2
      extends io.github.errata.runtime.internal.jackson2.ErrorBodySerializer<Body> {
    private static final long serialVersionUID = 1L;

    BodySerializer2() {
      super(Body.class, WireFormat.JSON);
    }

    @Override
    protected void write(Body body, Wire wire, com.fasterxml.jackson.core.JsonGenerator generator,
        MemberSink<com.fasterxml.jackson.core.JsonGenerator, IOException> members)
        throws IOException {
      wire.write(body.type(), body.title(), body.detail(), body.see(), body.extensions(),
          generator, members);
    }
  }

  static final class BodyDeserializer2
      extends io.github.errata.runtime.internal.jackson2.ErrorBodyDeserializer<Body> {
    private static final long serialVersionUID = 1L;

    BodyDeserializer2() {
      super(Body.class);
    }

    @Override
    protected Body body(Map<?, ?> members) {
      return Body.of(members);
    }
  }

  static final class Serializer3
      extends io.github.errata.runtime.internal.jackson3.ErrorSerializer<JourneyException> {
    Serializer3() {
      super(JourneyException.class, WireFormat.JSON);
    }
  }

  static final class Deserializer3
      extends io.github.errata.runtime.internal.jackson3.ErrorDeserializer<JourneyException> {
    Deserializer3() {
      super(JourneyException.class);
    }

    @Override
    protected JourneyException exception(Map<?, ?> members) {
      return Body.of(members).exception();
    }
  }

  static final class BodySerializer3
      extends io.github.errata.runtime.internal.jackson3.ErrorBodySerializer<Body> {
    BodySerializer3() {
      super(Body.class, WireFormat.JSON);
    }

    @Override
    protected void write(Body body, Wire wire, tools.jackson.core.JsonGenerator generator,
        MemberSink<tools.jackson.core.JsonGenerator, RuntimeException> members) {
      wire.write(body.type(), body.title(), body.detail(), body.see(), body.extensions(),
          generator, members);
    }
  }

  static final class BodyDeserializer3
      extends io.github.errata.runtime.internal.jackson3.ErrorBodyDeserializer<Body> {
    BodyDeserializer3() {
      super(Body.class);
    }

    @Override
    protected Body body(Map<?, ?> members) {
      return Body.of(members);
    }
  }
}
