package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static io.github.errata.processor.CatalogRuntime.args;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the code generated for the golden catalog, which has an argument of every supported
 * kind: each round-trips through JSON and the decoder, nulls included, and a detail whose values
 * do not read back exactly gives the typed exception without arguments.
 */
class GeneratedCodeTest {

  private static CompiledCatalog catalog;
  private static CatalogRuntime runtime;

  @BeforeAll
  static void compile() {
    catalog = CompiledCatalog.compile(Catalogs.resource("good/test/PaymentErrors.java"));
    runtime = new CatalogRuntime(catalog, "test.Payment");
  }

  @Test
  void everyArgumentKindRoundTrips() {
    Object expired = currency("EXPIRED");
    UUID id = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    assertRoundTrip(catalog.create("test.CardDeclinedException", "4242", expired),
        args("last4", "4242", "reason", expired));
    assertRoundTrip(catalog.create("test.OverLimitException", 5000L, 100),
        args("amount", 5000L, "limit", 100));
    assertRoundTrip(catalog.create("test.OverLimitException", Long.MIN_VALUE, Integer.MAX_VALUE),
        args("amount", Long.MIN_VALUE, "limit", Integer.MAX_VALUE));
    assertRoundTrip(catalog.create("test.PaymentNotFoundException", id), args("id", id));
    assertRoundTrip(catalog.create("test.BadRateException", 0.1, true),
        args("rate", 0.1, "strict", true));
    assertRoundTrip(catalog.create("test.BadRateException", Double.NaN, false),
        args("rate", Double.NaN, "strict", false));
    assertRoundTrip(catalog.create("test.BadRateException", -1e300, false),
        args("rate", -1e300, "strict", false));
    assertRoundTrip(catalog.create("test.LedgerUnavailableException"), Map.of());
  }

  @Test
  void nullArgumentsRoundTripExceptNullStrings() {
    assertRoundTrip(catalog.create("test.CardDeclinedException", "4242", null),
        args("last4", "4242", "reason", null));
    assertRoundTrip(catalog.create("test.OverLimitException", 1L, null),
        args("amount", 1L, "limit", null));
    assertRoundTrip(catalog.create("test.PaymentNotFoundException", new Object[] {null}),
        args("id", null));
    // A null String is written as the text "null", and comes back as that text.
    Object nullString = catalog.create("test.CardDeclinedException", null, currency("STOLEN"));
    Object decoded = decode(402, runtime.json(nullString));
    assertThat(catalog.call(decoded, "arguments"))
        .isEqualTo(args("last4", "null", "reason", currency("STOLEN")));
  }

  @Test
  void aValueThatDoesNotReadBackExactlyGivesNoArguments() {
    String[] details = {
      "Amount 99999999999999999999 is over the limit of 5.",
      "Amount 007 is over the limit of 5.",
      "Amount 5 is over the limit of five.",
    };
    for (String detail : details) {
      Object decoded = decode(422, "{\"type\":\"OVER_LIMIT\",\"detail\":\"" + detail + "\"}");
      assertThat(decoded.getClass().getName()).isEqualTo("test.OverLimitException");
      assertThat(catalog.call(decoded, "detail")).isEqualTo(detail);
      assertThat(catalog.call(decoded, "arguments")).isEqualTo(args("amount", null, "limit", null));
    }
    Object lenientUuid = decode(404, "{\"type\":\"PAYMENT_NOT_FOUND\",\"detail\":\"No payment 1-2-3-4-5.\"}");
    assertThat(catalog.call(lenientUuid, "arguments")).isEqualTo(args("id", null));
    Object unknownConstant = decode(402,
        "{\"type\":\"CARD_DECLINED\",\"detail\":\"Card ending 1 was declined: LOST.\"}");
    assertThat(catalog.call(unknownConstant, "arguments"))
        .isEqualTo(args("last4", null, "reason", null));
  }

  @Test
  void theStackTracePolicyIsTheCatalogsUnlessTheErrorSaysOtherwise() {
    // 404 with stackTrace = ALWAYS, 503 with stackTrace = NEVER, 422 by status.
    assertThat(trace(catalog.create("test.PaymentNotFoundException", UUID.randomUUID()))).isNotEmpty();
    assertThat(trace(catalog.create("test.LedgerUnavailableException"))).isEmpty();
    assertThat(trace(catalog.create("test.OverLimitException", 1L, 2))).isEmpty();
    // The unknown exception goes by the status it was received with.
    assertThat(trace(decode(500, "<html>"))).isNotEmpty();
    assertThat(trace(decode(404, "<html>"))).isEmpty();
  }

  @Test
  void aDetailWithTheSeparatorInsideAValueIsAmbiguous() {
    // "Card ending 1 was declined: 2 was declined: EXPIRED." reads two ways for last4.
    Object decoded = decode(402, "{\"type\":\"CARD_DECLINED\","
        + "\"detail\":\"Card ending 1 was declined: X was declined: EXPIRED.\"}");
    assertThat(catalog.call(decoded, "arguments")).isEqualTo(args("last4", null, "reason", null));
  }

  private void assertRoundTrip(Object thrown, Map<String, Object> arguments) {
    runtime.assertRoundTrip(thrown, arguments);
  }

  private Object decode(int status, String body) {
    return runtime.decode(status, body);
  }

  private Object currency(String name) {
    return catalog.call("test.PaymentErrors$Currency", "valueOf", name);
  }

  private static StackTraceElement[] trace(Object exception) {
    return ((Throwable) exception).getStackTrace();
  }
}
