package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The direct path writes exactly the bytes the Jackson module writes, for any arguments: Jackson
 * is the judge. Strings are drawn from text that stresses escaping: quotes, backslashes, every
 * control character, {@code </script>}, U+2028, non-ASCII, surrogate pairs and lone surrogates.
 */
class DirectPathTest {

  private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JourneyJacksonModule());

  @Property(tries = 2000)
  void objectNotFoundIsWrittenAsJacksonWritesIt(@ForAll("hostile") String objectType,
      @ForAll("hostile") String id) throws IOException {
    assertSameBytes(new ObjectNotFoundException(objectType, id));
  }

  @Property(tries = 2000)
  void everyErrorWithArgumentsIsWrittenAsJacksonWritesIt(@ForAll("hostile") String first,
      @ForAll("hostile") String second) throws IOException {
    for (JourneyException e : List.of(new InvalidValueException(first, second),
        new InvalidApiRequestException(first), new RouteErrorException(first, second),
        new AccountNotFoundException(second))) {
      assertSameBytes(e);
    }
  }

  @Example
  void nullArgumentsAreWrittenAsJacksonWritesThem() throws IOException {
    assertSameBytes(new ObjectNotFoundException(null, null));
  }

  @Example
  void everyParameterlessErrorIsOneConstant() throws IOException {
    for (JourneyException e : List.of(new AuthenticationFailedException(),
        new InternalServerErrorException(), new BatchAbortedException(), new TooManyRequestsException())) {
      assertSameBytes(e);
      // A new array each time: a caller may change it.
      assertNotSame(e.toJsonBytes(), e.toJsonBytes());
    }
  }

  @Property(tries = 500)
  void aReceivedExceptionIsWrittenAsJacksonWritesIt(@ForAll("hostile") String title,
      @ForAll("hostile") String detail) throws IOException {
    String body = JACKSON.writeValueAsString(new JourneyErrorBody("OBJECT_NOT_FOUND", title, detail,
        null, Map.of("retryAfter", 3, "note", detail)));
    JourneyException received = JourneyErrorDecoder.decode(404, body);
    assertSame(ObjectNotFoundException.class, received.getClass());
    assertSameBytes(received);
  }

  private static void assertSameBytes(JourneyException e) throws IOException {
    byte[] jackson = JACKSON.writeValueAsBytes(e);
    assertArrayEquals(jackson, e.toJsonBytes(), () -> text(jackson));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.writeJson(out);
    assertArrayEquals(jackson, out.toByteArray());
    // And what was written reads back as the same text.
    assertEquals(e.detail(), JACKSON.readTree(jackson).get("detail").asText());
  }

  private static String text(byte[] bytes) {
    try {
      return JACKSON.readTree(bytes).toString();
    } catch (IOException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<Character> special = Arbitraries.of('"', '\\', '/', '<', '>', '\u2028', '\u2029',
        '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\uffff', '\ud83d', '\ude00', '\udbff',
        '\udc00', '\ufeff');
    Arbitrary<Character> control = Arbitraries.chars().range('\u0000', '\u001f');
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.frequencyOf(
                Tuple.of(4, ascii), Tuple.of(2, special),
                Tuple.of(1, control), Tuple.of(1, any))
            .map(String::valueOf),
        Arbitraries.of("</script>", "\ud83d\ude00", "null", "{id}", "'", "\r\n"));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }
}
