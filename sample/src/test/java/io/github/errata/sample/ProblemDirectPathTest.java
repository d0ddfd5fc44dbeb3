package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.errata.sample.problem.OrderNotFoundException;
import io.github.errata.sample.problem.OutOfStockException;
import io.github.errata.sample.problem.PaymentRefusedException;
import io.github.errata.sample.problem.ShopClosedException;
import io.github.errata.sample.problem.ShopErrorDecoder;
import io.github.errata.sample.problem.ShopErrors.PaymentMethod;
import io.github.errata.sample.problem.ShopException;
import io.github.errata.sample.problem.ShopJacksonModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The direct path of an RFC 9457 catalog writes exactly what its Jackson module writes, for any
 * arguments of every kind (text built to stress escaping, every int, long, boolean, double
 * including NaN and the infinities, UUID, enum constant, and null for each reference) and any instance:
 * Jackson is the judge, and Jackson 3 writes the same. A body read back, by the decoder or by
 * either Jackson, is the same problem and writes the same bytes again. Tries and seed as in
 * {@link DirectPathTest}.
 */
class ProblemDirectPathTest {

  private static final ObjectMapper JACKSON =
      new ObjectMapper().registerModule(new ShopJacksonModule());
  /** Jackson 3 with nothing registered: the annotations on the generated types suffice. */
  private static final JsonMapper JACKSON_3 = JsonMapper.builder().build();
  private static final int TRIES = Integer.getInteger("errata.directpath.tries", 5000);
  private static final long SEED = Long.getLong("errata.directpath.seed", new Random().nextLong());
  private static final double[] DOUBLES = {0.0, -0.0, 1e-300, 1e300, Double.MIN_VALUE,
      Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 1.0};

  @Test
  void everyProblemIsWrittenAsJacksonWritesItAndReadsBackTheSame() {
    Random random = new Random(SEED);
    for (int i = 0; i < TRIES; i++) {
      try {
        for (ShopException thrown : problems(random)) {
          if (random.nextBoolean()) {
            thrown.withInstance(random.nextBoolean() ? "/orders/" + i : hostile(random));
          }
          byte[] jackson = write(thrown);
          assertArrayEquals(jackson, thrown.toJsonBytes(), () -> text(jackson));
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          thrown.writeJson(out);
          assertArrayEquals(jackson, out.toByteArray());

          ShopException decoded = ShopErrorDecoder.decode(thrown.status(), jackson);
          assertSame(thrown.getClass(), decoded.getClass(), () -> text(jackson));
          assertEquals(thrown.instance(), decoded.instance());
          assertEquals(thrown.detail(), decoded.detail());
          assertArrayEquals(jackson, decoded.toJsonBytes(), () -> text(jackson));
          assertArrayEquals(jackson, write(decoded));
          byte[] jackson3 = JACKSON_3.writeValueAsBytes(thrown);
          // Jackson 3 would write a surrogate pair as its 4 UTF-8 bytes; the module writes a text
          // holding one as the runtime does, so the bytes are the same.
          assertArrayEquals(jackson, jackson3, () -> text(jackson) + " but Jackson 3 wrote "
              + text(jackson3));
          // Each Jackson reads the body back as the typed exception, with the catalog's status.
          for (ShopException read : List.of(JACKSON.readValue(jackson, ShopException.class),
              JACKSON_3.readValue(jackson, ShopException.class))) {
            assertSame(thrown.getClass(), read.getClass());
            assertEquals(thrown.status(), read.status());
            assertEquals(decoded.arguments(), read.arguments());
            assertEquals(thrown.instance(), read.instance());
          }
          if (!hasEscapedSurrogate(jackson)) {
            // A lone surrogate in a text cannot survive UTF-8; every other argument comes back.
            assertEquals(thrown.arguments(), decoded.arguments(), () -> text(jackson));
          }
        }
      } catch (AssertionError | IOException e) {
        throw new AssertionError("try " + i + " of seed " + SEED + " (-Derrata.directpath.seed="
            + SEED + "): " + e.getMessage(), e);
      }
    }
  }

  private static List<ShopException> problems(Random random) {
    return List.of(
        new OutOfStockException(maybe(random, hostile(random)), random.nextInt(),
            random.nextBoolean()),
        new OrderNotFoundException(maybe(random, new UUID(random.nextLong(), random.nextLong()))),
        new PaymentRefusedException(maybe(random, PaymentMethod.values()[random.nextInt(2)]),
            random.nextLong(), random.nextBoolean() ? DOUBLES[random.nextInt(DOUBLES.length)]
                : random.nextGaussian()),
        new ShopClosedException());
  }

  private static <T> T maybe(Random random, T value) {
    return random.nextInt(8) == 0 ? null : value;
  }

  private static String hostile(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(10);
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(6);
      if (kind < 3) {
        text.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 4) {
        text.append((char) random.nextInt(0x20));
      } else if (kind < 5) {
        text.append((char) random.nextInt(0x10000));
      } else {
        text.append("\"\\\u2028\ud83d\ude00</script>".charAt(random.nextInt(14)));
      }
    }
    return text.toString();
  }

  /** Whether the body escapes a surrogate: of a lone one, or of a pair. */
  private static boolean hasEscapedSurrogate(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.contains("\\uD8") || text.contains("\\uD9") || text.contains("\\uDA")
        || text.contains("\\uDB") || text.contains("\\uDC") || text.contains("\\uDD")
        || text.contains("\\uDE") || text.contains("\\uDF");
  }

  private static byte[] write(Object value) {
    try {
      return JACKSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
