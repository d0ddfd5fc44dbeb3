package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.errata.sample.problem.ShopErrorDecoder;
import io.github.errata.sample.problem.ShopException;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * A Jazzer fuzz target for the decoder of a PROBLEM_JSON catalog (the sample's {@code ShopErrors}).
 * A plain {@code mvn verify} replays the inputs in {@code ProblemDecoderFuzzTestInputs/decode/},
 * which {@link ProblemBodiesTest} also holds to expectations; {@code JAZZER_FUZZ=1} fuzzes.
 * Whatever the bytes: nothing thrown, the same reading from bytes and from a stream, and a body
 * written back reads as the same problem.
 */
class ProblemDecoderFuzzTest {

  private static final int[] STATUSES = {400, 402, 404, 409, 500, 502, 503};

  @FuzzTest
  @DictionaryEntries({"\"type\"", "\"title\"", "\"status\"", "\"detail\"", "\"instance\"",
      "\"sku\"", "\"left\"", "\"backorder\"", "\"orderId\"", "\"method\"", "\"amountCents\"",
      "\"risk\"", "https://shop.example.com/problems#OUT_OF_STOCK",
      "https://shop.example.com/problems#PAYMENT_REFUSED", "about:blank", "CARD", "\\u"})
  void decode(byte[] body) {
    int status = STATUSES[Math.floorMod(Arrays.hashCode(body), STATUSES.length)];
    ShopException fromBytes = ShopErrorDecoder.decode(status, body);
    ShopException fromStream = ShopErrorDecoder.decode(status, new ByteArrayInputStream(body));
    assertEquals(status, fromBytes.status());
    assertSame(fromBytes, fromStream);

    ShopException again = ShopErrorDecoder.decode(status, fromBytes.toJsonBytes());
    assertEquals(fromBytes.getClass(), again.getClass());
    assertEquals(fromBytes.type(), again.type());
    assertEquals(fromBytes.title(), again.title());
    assertEquals(fromBytes.instance(), again.instance());
    assertEquals(fromBytes.arguments(), again.arguments());
  }

  private static void assertSame(ShopException expected, ShopException actual) {
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.type(), actual.type());
    assertEquals(expected.title(), actual.title());
    assertEquals(expected.detail(), actual.detail());
    assertEquals(expected.instance(), actual.instance());
    assertEquals(expected.arguments(), actual.arguments());
    assertEquals(expected.extensions(), actual.extensions());
  }
}
