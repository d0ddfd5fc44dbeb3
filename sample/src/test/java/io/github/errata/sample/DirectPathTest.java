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
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The direct path writes exactly the bytes the Jackson module writes, for any arguments: Jackson
 * is the judge. A property test over random text built to stress escaping: quotes, backslashes,
 * every control character, {@code </script>}, U+2028, non-ASCII, surrogate pairs and lone
 * surrogates. {@code -Derrata.directpath.tries=N} (default 5,000 per property) runs it longer;
 * the seed is new each run, printed with any failure, and {@code -Derrata.directpath.seed=S}
 * repeats a run.
 */
class DirectPathTest {

  private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JourneyJacksonModule());
  private static final int TRIES = Integer.getInteger("errata.directpath.tries", 5000);
  private static final long SEED = Long.getLong("errata.directpath.seed", new Random().nextLong());

  /** Characters that escaping gets wrong first; the rest are drawn from all of UTF-16. */
  private static final char[] SPECIAL = {'"', '\\', '/', '<', '>', '\u2028', '\u2029', '\u007f',
      '\u0080', '\u00e9', '\u07ff', '\u0800', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00',
      '\ufeff', '{', '}'};
  private static final String[] PIECES = {"</script>", "\ud83d\ude00", "null", "{id}", "'", "\r\n"};

  @Test
  void everyErrorWithArgumentsIsWrittenAsJacksonWritesIt() {
    forAll(random -> {
      String first = hostile(random);
      String second = hostile(random);
      for (JourneyException e : List.of(new ObjectNotFoundException(first, second),
          new InvalidValueException(first, second), new InvalidApiRequestException(first),
          new RouteErrorException(first, second), new AccountNotFoundException(second))) {
        assertSameBytes(e, () -> "arguments " + escaped(first) + ", " + escaped(second));
      }
    });
  }

  @Test
  void aReceivedExceptionIsWrittenAsJacksonWritesIt() {
    forAll(random -> {
      String title = hostile(random);
      String detail = hostile(random);
      byte[] body = write(new JourneyErrorBody("OBJECT_NOT_FOUND", title, detail, null,
          Map.of("retryAfter", 3, "note", detail)));
      JourneyException received = JourneyErrorDecoder.decode(404, body);
      assertSame(ObjectNotFoundException.class, received.getClass());
      assertSameBytes(received, () -> "title " + escaped(title) + ", detail " + escaped(detail));
    });
  }

  @Test
  void nullArgumentsAreWrittenAsJacksonWritesThem() {
    assertSameBytes(new ObjectNotFoundException(null, null), () -> "nulls");
  }

  @Test
  void everyParameterlessErrorIsOneConstant() {
    for (JourneyException e : List.of(new AuthenticationFailedException(),
        new InternalServerErrorException(), new BatchAbortedException(), new TooManyRequestsException())) {
      assertSameBytes(e, e::type);
      // A new array each time: a caller may change it.
      assertNotSame(e.toJsonBytes(), e.toJsonBytes());
    }
  }

  /** Runs a property {@link #TRIES} times, saying the seed and the try when it fails. */
  private static void forAll(Consumer<Random> property) {
    Random random = new Random(SEED);
    for (int i = 0; i < TRIES; i++) {
      try {
        property.accept(random);
      } catch (AssertionError e) {
        throw new AssertionError("try " + i + " of seed " + SEED
            + " (-Derrata.directpath.seed=" + SEED + "): " + e.getMessage(), e);
      }
    }
  }

  private static void assertSameBytes(JourneyException e, Supplier<String> input) {
    byte[] jackson = write(e);
    assertArrayEquals(jackson, e.toJsonBytes(), () -> input.get() + ": Jackson wrote " + text(jackson)
        + ", the direct path " + text(e.toJsonBytes()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      e.writeJson(out);
      // What was written reads back as the same text.
      assertEquals(e.detail(), JACKSON.readTree(jackson).get("detail").asText(), input);
    } catch (IOException failure) {
      throw new AssertionError(failure);
    }
    assertArrayEquals(jackson, out.toByteArray(), input);
  }

  /** Up to twelve pieces: printable ASCII mostly, then special, control and any characters. */
  private static String hostile(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(13);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        text.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 6) {
        text.append(SPECIAL[random.nextInt(SPECIAL.length)]);
      } else if (kind < 7) {
        text.append((char) random.nextInt(0x20));
      } else if (kind < 8) {
        text.append((char) random.nextInt(0x10000));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  private static byte[] write(Object value) {
    try {
      return JACKSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(byte[] bytes) {
    return escaped(new String(bytes, StandardCharsets.UTF_8));
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
        : String.format("\\u%04x", c)));
    return out.toString();
  }
}
