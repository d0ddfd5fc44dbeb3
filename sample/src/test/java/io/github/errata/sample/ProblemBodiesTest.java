package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.sample.problem.ShopErrorDecoder;
import io.github.errata.sample.problem.ShopErrors.PaymentMethod;
import io.github.errata.sample.problem.ShopException;
import io.github.errata.sample.problem.UnknownShopException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of RFC 9457 bodies for a PROBLEM_JSON catalog (the sample's {@code ShopErrors}): each
 * file in {@code ProblemDecoderFuzzTestInputs/decode} (the seeds {@link ProblemDecoderFuzzTest}
 * replays) and what decoding it must give. Other servers' problems, wrong types, a {@code status}
 * that disagrees, a broken body: nothing thrown, nothing received lost.
 */
class ProblemBodiesTest {

  static final Path CORPUS = BadBodiesTest.moduleDirectory()
      .resolve("src/test/resources/io/github/errata/sample/ProblemDecoderFuzzTestInputs/decode");

  private static final String T = "https://shop.example.com/problems#";

  /**
   * What a file must decode to.
   *
   * @param status the HTTP status it is decoded with
   * @param className the exception's simple class name
   * @param type {@code type()}
   * @param instance {@code instance()}
   * @param arguments {@code arguments()}
   * @param extensions {@code extensions()}
   * @param read whether the body was read whole (no reason)
   */
  record Outcome(int status, String className, String type, String instance,
      Map<String, Object> arguments, Map<String, Object> extensions, boolean read) {}

  private static final Map<String, Outcome> EXPECTED = Map.ofEntries(
      Map.entry("rfc9457-example.json", new Outcome(403, "UnknownShopException",
          "https://example.com/probs/out-of-credit", "/account/12345/msgs/abc", Map.of(),
          ordered("balance", 30, "accounts", List.of("/account/12345", "/account/67890")), true)),
      Map.entry("no-type.json",
          new Outcome(404, "UnknownShopException", null, "/x", Map.of(), Map.of(), true)),
      Map.entry("about-blank.json", new Outcome(400, "UnknownShopException", "about:blank",
          "/shop/orders", Map.of(), Map.of(), true)),
      Map.entry("status-disagrees.json", new Outcome(409, "OutOfStockException", "OUT_OF_STOCK",
          null, ordered("sku", "MUG-01", "left", 2, "backorder", true), ordered("status", 500),
          true)),
      Map.entry("status-is-text.json", new Outcome(503, "ShopClosedException", "SHOP_CLOSED", null,
          Map.of(), ordered("status", "503"), true)),
      Map.entry("arguments-from-members.json", new Outcome(409, "OutOfStockException",
          "OUT_OF_STOCK", null, ordered("sku", "MUG-01", "left", 0, "backorder", false), Map.of(),
          true)),
      Map.entry("arguments-of-other-types.json", new Outcome(409, "OutOfStockException",
          "OUT_OF_STOCK", null, ordered("sku", "MUG-02", "left", 3, "backorder", false),
          ordered("sku", 7, "left", 4294967296L, "backorder", "no"), true)),
      Map.entry("arguments-nowhere.json", new Outcome(402, "PaymentRefusedException",
          "PAYMENT_REFUSED", null, ordered("method", null, "amountCents", null, "risk", null),
          Map.of(), true)),
      Map.entry("uuid-upper-case.json", new Outcome(404, "OrderNotFoundException",
          "ORDER_NOT_FOUND", null, ordered("orderId", null),
          ordered("orderId", "3F2A1B4C-5D6E-4F70-8A9B-0C1D2E3F4A5B"), true)),
      Map.entry("enum-not-a-constant.json", new Outcome(402, "PaymentRefusedException",
          "PAYMENT_REFUSED", null,
          // "NaN" is how the wire sends a double JSON cannot hold: the member, not the detail.
          ordered("method", PaymentMethod.CARD, "amountCents", 5L, "risk", Double.NaN),
          ordered("method", "CASH"), true)),
      Map.entry("identifier-as-type.json", new Outcome(409, "UnknownShopException",
          "OUT_OF_STOCK", null, Map.of(), Map.of(), true)),
      Map.entry("escaped-type-instance-not-text.json", new Outcome(503, "ShopClosedException",
          "SHOP_CLOSED", null, Map.of(), Map.of(), true)),
      Map.entry("truncated.json", new Outcome(409, "OutOfStockException", "OUT_OF_STOCK", null,
          ordered("sku", null, "left", null, "backorder", null), Map.of(), false)),
      Map.entry("html-502.html",
          new Outcome(502, "UnknownShopException", null, null, Map.of(), Map.of(), false)),
      Map.entry("see-is-an-extension.json", new Outcome(503, "ShopClosedException", "SHOP_CLOSED",
          null, Map.of(), ordered("see", "https://elsewhere.example", "retryAfter", 30,
              "errors", List.of(Map.of("pointer", "#/x"))), true)));

  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static Stream<String> files() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void everyFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
    Set<String> files = files().collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(EXPECTED.keySet()), files);
  }

  @ParameterizedTest
  @MethodSource("files")
  void decodesAsExpected(String file) throws IOException {
    Outcome expected = EXPECTED.get(file);
    byte[] body = Files.readAllBytes(CORPUS.resolve(file));
    ShopException decoded = ShopErrorDecoder.decode(expected.status(), body);
    assertEquals(expected.className(), decoded.getClass().getSimpleName());
    assertEquals(expected.status(), decoded.status());
    assertEquals(expected.type(), decoded.type());
    assertEquals(expected.instance(), decoded.instance());
    assertEquals(expected.arguments(), decoded.arguments());
    assertEquals(List.copyOf(expected.extensions().keySet()),
        List.copyOf(decoded.extensions().keySet()));
    assertEquals(expected.extensions(), decoded.extensions());
    boolean hasReason = decoded instanceof UnknownShopException unknown
        ? unknown.reason() != null : decoded.getSuppressed().length > 0;
    assertEquals(!expected.read(), hasReason, () -> Arrays.toString(decoded.getSuppressed()));
    assertEquals("application/problem+json", decoded.mediaType());
    // Written back and read again, it is the same problem.
    ShopException again = ShopErrorDecoder.decode(decoded.status(), decoded.toJsonBytes());
    assertEquals(decoded.getClass(), again.getClass());
    assertEquals(decoded.type(), again.type());
    assertEquals(decoded.arguments(), again.arguments());
    assertEquals(decoded.instance(), again.instance());
  }

  @Test
  void anotherServersProblemKeepsTitleDetailAndStatus() throws IOException {
    ShopException decoded = ShopErrorDecoder.decode(403,
        Files.readAllBytes(CORPUS.resolve("rfc9457-example.json")));
    assertEquals("You do not have enough credit.", decoded.title());
    assertEquals("Your current balance is 30, but that costs 50.", decoded.detail());
    assertNull(decoded.see());
    assertTrue(decoded.error().isEmpty());
  }
}
