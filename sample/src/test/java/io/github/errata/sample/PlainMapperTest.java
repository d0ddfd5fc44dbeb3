package io.github.errata.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper with nothing registered, of Jackson 2 or Jackson 3, never writes a generated exception
 * as a bean (stack trace, cause, suppressed, class loader names): the annotations on the generated
 * types name the catalog's serializers, so it writes exactly {@code toJsonBytes()}, and reads a
 * body back as the typed exception.
 */
class PlainMapperTest {

  private static final ObjectMapper JACKSON_2 = new ObjectMapper();
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();

  private static List<JourneyException> everyKind() {
    JourneyException withCause =
        new InternalServerErrorException(new IllegalStateException("the ledger is down"));
    withCause.addSuppressed(new IllegalArgumentException("and this too"));
    return List.of(withCause,
        new ObjectNotFoundException("task", "c3d5", new RuntimeException("not in the index")),
        new InvalidValueException("t\u00E9st \"quoted\"\n", "status"),
        // A pair: Jackson 2 escapes it, Jackson 3 would write its four UTF-8 bytes; the runtime
        // escapes it, and both modules write what the runtime writes.
        new InvalidValueException("mug \uD83D\uDE00 \u00E9", "status"),
        new TooManyRequestsException(),
        JourneyErrorDecoder.decode(502, "{\"type\":\"GATEWAY\",\"title\":\"Bad gateway\",\"x\":[1,2.5,null]}"),
        JourneyErrorDecoder.decode(503, "<html>proxy</html>"));
  }

  @Test
  void aPlainJackson2MapperWritesExactlyTheBody() throws Exception {
    for (JourneyException exception : everyKind()) {
      String written = JACKSON_2.writeValueAsString(exception);
      assertEquals(new String(exception.toJsonBytes(), UTF_8), written);
      assertFalse(written.contains("stackTrace"), written);
    }
  }

  @Test
  void aPlainJackson3MapperWritesExactlyTheBody() {
    for (JourneyException exception : everyKind()) {
      String written = JACKSON_3.writeValueAsString(exception);
      assertEquals(new String(exception.toJsonBytes(), UTF_8), written);
      assertFalse(written.contains("stackTrace"), written);
    }
  }

  @Test
  void theBodyRecordIsWrittenAsTheBodyByEither() throws Exception {
    JourneyErrorBody body = new ObjectNotFoundException("task", "c3d5").toBody();
    String expected = new String(new ObjectNotFoundException("task", "c3d5").toJsonBytes(), UTF_8);
    assertEquals(expected, JACKSON_2.writeValueAsString(body));
    assertEquals(expected, JACKSON_3.writeValueAsString(body));
    assertEquals(body, JACKSON_2.readValue(expected, JourneyErrorBody.class));
    assertEquals(body, JACKSON_3.readValue(expected, JourneyErrorBody.class));
  }

  /**
   * A lone surrogate, which UTF-8 cannot carry, in a value or a member name: each Jackson writes
   * it as the runtime does, escaped, with every other non-ASCII char of that text escaped too.
   */
  @Test
  void aLoneSurrogateIsWrittenAsTheRuntimeWritesIt() throws Exception {
    for (String text : List.of("a\uD800b \u00E9", "\uDC00", "\uD83D\uDE00 \uD800")) {
      JourneyErrorBody body = new JourneyErrorBody("T", text, "\u00E9", null,
          java.util.Map.of(text, text));
      String expected = new String(
          JourneyException.fromBody(400, body).toJsonBytes(), UTF_8);
      assertEquals(ascii(expected), ascii(JACKSON_2.writeValueAsString(body)), "2, text");
      assertEquals(ascii(expected), ascii(new String(JACKSON_2.writeValueAsBytes(body), UTF_8)), "2, bytes");
      assertEquals(ascii(expected), ascii(JACKSON_3.writeValueAsString(body)), "3, text");
      assertEquals(ascii(expected), ascii(new String(JACKSON_3.writeValueAsBytes(body), UTF_8)), "3, bytes");
    }
  }

  /** A text with every char past ASCII as {@code <XXXX>}, so a failure prints. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("<%04X>", c)));
    return out.toString();
  }

  @Test
  void aPlainMapperReadsABodyAsTheTypedException() throws Exception {
    ObjectNotFoundException thrown = new ObjectNotFoundException("task", "c3d5");
    String json = new String(thrown.toJsonBytes(), UTF_8);
    for (JourneyException read : List.of(JACKSON_2.readValue(json, JourneyException.class),
        JACKSON_3.readValue(json, JourneyException.class))) {
      ObjectNotFoundException typed = assertInstanceOf(ObjectNotFoundException.class, read);
      assertEquals("task", typed.objectType());
      assertEquals("c3d5", typed.id());
      assertEquals(404, typed.status());
    }
    assertEquals("c3d5", JACKSON_3.readValue(json, ObjectNotFoundException.class).id());
    assertEquals("c3d5", JACKSON_2.readValue(json, ObjectNotFoundException.class).id());
  }

  @Test
  void aBodyOfAnotherErrorIsNotTheSubclassAskedFor() {
    String json = new String(new TooManyRequestsException().toJsonBytes(), UTF_8);
    assertThrows(com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
        () -> JACKSON_2.readValue(json, ObjectNotFoundException.class));
    assertThrows(tools.jackson.databind.exc.MismatchedInputException.class,
        () -> JACKSON_3.readValue(json, ObjectNotFoundException.class));
  }

  @Test
  void theJackson3ModuleRegisteredWritesAndReadsTheSame() {
    JsonMapper mapper = JsonMapper.builder().addModule(new JourneyJackson3Module()).build();
    for (JourneyException exception : everyKind()) {
      String written = mapper.writeValueAsString(exception);
      assertEquals(new String(exception.toJsonBytes(), UTF_8), written);
      JourneyException read = mapper.readValue(written, JourneyException.class);
      assertEquals(exception.getClass(), read.getClass());
      assertEquals(written, new String(read.toJsonBytes(), UTF_8));
    }
  }
}
