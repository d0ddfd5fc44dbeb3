package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RFC 9457's wire: the body thrown and walked, and every kind of body read back. */
class ProblemWireTest {
  enum Colour { RED, GREEN }

  static final String DOCS = "https://shop.example/errors#";
  static final UUID ID = UUID.fromString("3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b");

  static final ErrorSpec OUT_OF_STOCK = error("OUT_OF_STOCK", 409, "Out of stock.")
      .parameter("sku", ArgumentKind.STRING).parameter("count", ArgumentKind.INT)
      .parameter("order", ArgumentKind.UUID).enumParameter("colour", Colour.class)
      .parameter("gift", ArgumentKind.BOOLEAN).parameter("weight", ArgumentKind.DOUBLE)
      .parameter("total", ArgumentKind.LONG)
      .detail("{count} of {sku} ({colour}, gift {gift}, {weight} kg, {total}) for order {order}")
      .build();
  static final ErrorSpec CLOSED = error("CLOSED", 503, "Closed.").retryable().build();

  static final CatalogSpec CATALOG = CatalogSpec.of(WireFormat.PROBLEM_JSON, OUT_OF_STOCK, CLOSED);

  private static ErrorSpec.Builder error(String type, int status, String title) {
    return ErrorSpec.builder(WireFormat.PROBLEM_JSON, type, status, title).see(DOCS + type);
  }

  /** An exception of the catalog, as generated code makes one. */
  static final class Shop extends ApiErrorException {
    private static final long serialVersionUID = 1L;

    Shop(ErrorSpec spec, Object... arguments) {
      super(spec, arguments.length == 0 ? null : arguments, null);
    }

    Shop(Received received) {
      super(received.spec(), received);
    }
  }

  static Shop decode(int status, String body) {
    return new Shop(CATALOG.read(status, body, DecodeLimits.DEFAULT));
  }

  private static Shop outOfStock() {
    return new Shop(OUT_OF_STOCK, "A-1", 3, ID, Colour.GREEN, true, 1.5, 10_000_000_000L);
  }

  private static final String OUT_OF_STOCK_BODY = "{\"type\":\"https://shop.example/errors#OUT_OF_STOCK\","
      + "\"title\":\"Out of stock.\",\"status\":409,"
      + "\"detail\":\"3 of A-1 (GREEN, gift true, 1.5 kg, 10000000000) for order " + ID + "\","
      + "\"sku\":\"A-1\",\"count\":3,\"order\":\"" + ID + "\",\"colour\":\"GREEN\",\"gift\":true,"
      + "\"weight\":1.5,\"total\":10000000000}";

  @Test
  void aThrownExceptionIsSentAsAProblemWithEachArgumentOfItsJsonType() {
    Shop thrown = outOfStock();
    assertEquals("application/problem+json", thrown.mediaType());
    assertEquals(OUT_OF_STOCK_BODY, new String(thrown.toJsonBytes(), UTF_8));
  }

  @Test
  void theDirectPathWritesWhatTheVisitorWalksAndJacksonWrites() {
    List<Shop> cases = List.of(outOfStock(),
        new Shop(OUT_OF_STOCK, null, null, null, null, null, Double.NaN, null),
        new Shop(OUT_OF_STOCK, "\"q\"\ud800\u00e9", -1, ID, Colour.RED, false, -0.0, 1L),
        (Shop) new Shop(CLOSED).withInstance("/orders/7?x=\u00e9"),
        (Shop) outOfStock().withInstance("urn:uuid:" + ID));
    for (Shop thrown : cases) {
      byte[] direct = thrown.toJsonBytes();
      JsonWriter walked = new JsonWriter(16);
      Wire.PROBLEM_JSON.write(thrown, walked);
      byte[] jackson = JacksonVisitor.write(visitor -> Wire.PROBLEM_JSON.write(thrown, visitor));
      assertEquals(new String(jackson, UTF_8), new String(direct, UTF_8));
      assertArrayEquals(jackson, walked.toByteArray());
    }
  }

  @Test
  void aBodyReadBackIsTheSameErrorWithItsArgumentsFromTheirMembers() {
    Shop thrown = (Shop) outOfStock().withInstance("/orders/7");
    Shop decoded = decode(409, new String(thrown.toJsonBytes(), UTF_8));
    assertEquals("OUT_OF_STOCK", decoded.type());
    assertEquals(DOCS + "OUT_OF_STOCK", decoded.see());
    assertEquals(thrown.arguments(), decoded.arguments());
    assertEquals("/orders/7", decoded.instance());
    assertEquals(Map.of(), decoded.extensions());
    assertArrayEquals(thrown.toJsonBytes(), decoded.toJsonBytes());
  }

  @Test
  void anArgumentMissingOrOfAnotherTypeIsReadFromTheDetail() {
    String body = "{\"type\":\"https://shop.example/errors#OUT_OF_STOCK\",\"status\":409,"
        + "\"detail\":\"4 of B-2 (RED, gift false, 2.0 kg, 5) for order " + ID + "\","
        + "\"count\":\"four\",\"colour\":\"BLUE\",\"gift\":null,\"weight\":2}";
    Shop decoded = decode(409, body);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("sku", "B-2");
    expected.put("count", 4);
    expected.put("order", ID);
    expected.put("colour", Colour.RED);
    expected.put("gift", null);
    expected.put("weight", 2.0);
    expected.put("total", 5L);
    assertEquals(expected, decoded.arguments());
    // The members that could not be read stay, nothing lost.
    assertEquals(Map.of("count", "four", "colour", "BLUE"), decoded.extensions());
    assertEquals("Out of stock.", decoded.title());
  }

  @Test
  void aBodyWithoutTypeOrWithAboutBlankIsUnknownWithWhatItSaidKept() {
    for (String type : Arrays.asList(null, "about:blank")) {
      String body = "{" + (type == null ? "" : "\"type\":\"" + type + "\",")
          + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"no\",\"instance\":\"/a\","
          + "\"see\":\"x\",\"errors\":[1,{\"a\":true}]}";
      Shop decoded = decode(400, body);
      assertNull(decoded.see());
      assertEquals(type, decoded.type());
      assertEquals(400, decoded.status());
      assertEquals("Bad Request", decoded.title());
      assertEquals("no", decoded.detail());
      assertEquals("/a", decoded.instance());
      assertEquals(List.of("see", "errors"), List.copyOf(decoded.extensions().keySet()));
      assertEquals(body, new String(decoded.toJsonBytes(), UTF_8));
    }
  }

  @Test
  void aStatusMemberThatDisagreesIsKeptAsAnExtensionAndTheHttpStatusWins() {
    Shop decoded = decode(502, "{\"type\":\"https://shop.example/errors#CLOSED\",\"status\":503}");
    assertEquals("CLOSED", decoded.type());
    assertEquals(502, decoded.status());
    assertEquals(Map.of("status", 503), decoded.extensions());
    assertEquals("{\"type\":\"https://shop.example/errors#CLOSED\",\"title\":\"Closed.\","
        + "\"status\":502,\"detail\":\"Closed.\"}", new String(decoded.toJsonBytes(), UTF_8));
    // The catalog's own body, read on its fast path, keeps a status other than the HTTP one too.
    Shop fast = decode(500, OUT_OF_STOCK_BODY);
    assertEquals(Map.of("status", 409), fast.extensions());
    assertEquals(outOfStock().arguments(), fast.arguments());
    assertEquals(Map.of("status", "503"),
        decode(503, "{\"status\":\"503\"}").extensions());
    assertEquals(Map.of(), decode(503, "{\"status\":503}").extensions());
  }

  @Test
  void theSeedsSeeIsAnExtensionAndAnEscapedTypeIsFoundToo() {
    Shop decoded = decode(503, "{\"t\\u0079pe\":\"https://shop.example/errors#CLOSED\","
        + "\"see\":\"https://elsewhere.example\"}");
    assertEquals("CLOSED", decoded.type());
    assertEquals(DOCS + "CLOSED", decoded.see());
    assertEquals(Map.of("see", "https://elsewhere.example"), decoded.extensions());
    // The catalog's identifier is not its type on this wire: unknown, so no link.
    assertNull(decode(503, "{\"type\":\"CLOSED\"}").see());
  }

  @Test
  void theBodyRecordsMembersReadAsTheBodyDoes() {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("count", 3);
    extensions.put("status", 1);
    extensions.put("other", "x");
    Received received = CATALOG.fromMembers(409, DOCS + "OUT_OF_STOCK", null, 409, null, "/i",
        extensions);
    assertEquals(OUT_OF_STOCK, received.spec());
    assertEquals(3, received.arguments()[1]);
    assertEquals("/i", received.instance());
    assertEquals(Map.of("other", "x"), received.extensions());
    assertEquals(409, CATALOG.statusOf(DOCS + "OUT_OF_STOCK", null));
    assertEquals(418, CATALOG.statusOf("https://elsewhere.example", 418));
    assertEquals(0, CATALOG.statusOf(null, null));
  }

  @Test
  void anErrorWithoutALinkOrTwoErrorsWithOneLinkAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ErrorSpec.builder(WireFormat.PROBLEM_JSON, "X", 400, "X.").build());
    ErrorSpec other = ErrorSpec.builder(WireFormat.PROBLEM_JSON, "OTHER", 400, "O.")
        .see(DOCS + "CLOSED").build();
    assertThrows(IllegalArgumentException.class,
        () -> CatalogSpec.of(WireFormat.PROBLEM_JSON, CLOSED, other));
  }

  @Test
  void manyUnknownMembersAreReadInLinearTime() {
    StringBuilder body = new StringBuilder("{\"type\":\"https://shop.example/errors#OUT_OF_STOCK\"");
    for (int i = 0; i < 50_000; i++) {
      body.append(",\"m").append(i).append("\":").append(i);
    }
    body.append('}');
    long start = System.nanoTime();
    Shop decoded = new Shop(CATALOG.read(409, body.toString(), new DecodeLimits(1 << 24, 64, 1 << 16)));
    assertEquals(50_000, decoded.extensions().size());
    assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 5);
  }
}
