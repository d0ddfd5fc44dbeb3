package io.github.errata.jaxrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.jaxrs.shop.ShopErrorDecoder;
import io.github.errata.jaxrs.shop.OrderNotFoundException;
import io.github.errata.jaxrs.shop.OutOfStockException;
import io.github.errata.jaxrs.shop.PaymentProviderDownException;
import io.github.errata.jaxrs.shop.Provider;
import io.github.errata.jaxrs.shop.TooManyRequestsException;
import io.github.errata.jaxrs.shop.UnknownShopException;
import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.DecodeLimits;
import io.github.errata.runtime.ErrorDecoder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.message.GZipEncoder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.filter.EncodingFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Jersey's client with the filter, calling a real Jersey server over real HTTP: every error
 * response comes back as the catalog's typed exception.
 */
class ErrataClientFilterTest {
  private static final UUID ORDER = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");

  private static JerseyServer server;
  private static Client client;

  @BeforeAll
  static void start() {
    server = JerseyServer.start(new ResourceConfig(ShopResource.class));
    client = ClientBuilder.newClient().register(new ErrataClientFilter(ShopErrorDecoder::decode));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  @Test
  void aNotFoundFailsTheCallWithTheTypedExceptionAndItsArguments() {
    ProcessingException failure = failure(() -> target("shop/orders/" + ORDER).request()
        .get(String.class));

    OrderNotFoundException error =
        assertInstanceOf(OrderNotFoundException.class, failure.getCause());
    assertSame(error, ErrataClientFilter.unwrap(failure).orElseThrow());
    assertEquals(ORDER, error.orderId());
    assertEquals(404, error.status());
    assertEquals("ORDER_NOT_FOUND", error.type());
    assertEquals("Order not found.", error.title());
    assertEquals("No order with ID '" + ORDER + "'.", error.detail());
    assertEquals("https://docs.example.com/shop-errors#ORDER_NOT_FOUND", error.see());
    assertArrayEquals(new OrderNotFoundException(ORDER).toJsonBytes(), error.toJsonBytes());
    assertFalse(error.retryAfter().isPresent());
  }

  @Test
  void aCallForTheResponseItselfFailsTooAndTypedArgumentsOfEveryKindComeBack() {
    OutOfStockException outOfStock = decoded(OutOfStockException.class, () ->
        target("shop/stock/SKU-7").request().post(Entity.text("")).close());
    assertEquals("SKU-7", outOfStock.sku());
    assertEquals(ShopResource.AVAILABLE, outOfStock.available());
    assertEquals(409, outOfStock.status());

    PaymentProviderDownException down = decoded(PaymentProviderDownException.class, () ->
        target("shop/pay").request().get().close());
    assertEquals(Provider.WALLET, down.provider());
    assertEquals(503, down.status());
    assertTrue(down.isRetryable());
    assertNull(down.getCause(), "the server's cause is never sent");
  }

  @Test
  void retryAfterInSecondsComesBackOnTheException() {
    TooManyRequestsException error = decoded(TooManyRequestsException.class, () ->
        target("shop/limited").queryParam("retryMillis", 30_000).request().get(String.class));

    assertEquals(429, error.status());
    assertEquals(Duration.ofSeconds(30), error.retryAfter().orElseThrow());
  }

  @Test
  void retryAfterAsAnHttpDateComesBackAsTheDelayUntilThen() {
    PaymentProviderDownException error = decoded(PaymentProviderDownException.class, () ->
        target("shop/down-until").queryParam("inSeconds", 120).request().get(String.class));

    assertEquals(Provider.CARDS, error.provider());
    // The date has whole seconds and the call takes some time: a little less than 120 s is left.
    Duration delay = error.retryAfter().orElseThrow();
    assertTrue(delay.compareTo(Duration.ofSeconds(100)) > 0
        && delay.compareTo(Duration.ofSeconds(120)) <= 0, delay::toString);
  }

  @Test
  void aProxysHtmlPageBecomesTheUnknownExceptionWithItsReasonAndExcerpt() {
    UnknownShopException error = decoded(UnknownShopException.class, () ->
        target("shop/behind-proxy").request().get(String.class));

    assertEquals(502, error.status());
    assertNull(error.type());
    assertNotNull(error.reason(), "why the body could not be read");
    assertTrue(error.excerpt().startsWith("<html><body><h1>502 Bad Gateway"), error.excerpt());
    assertTrue(error.isRetryable());
  }

  @Test
  void aGzippedErrorBodyIsDecodedAsSent() {
    ResourceConfig gzipping = new ResourceConfig(ShopResource.class);
    EncodingFilter.enableFor(gzipping, GZipEncoder.class);
    try (JerseyServer compressing = JerseyServer.start(gzipping);
        Client asking = ClientBuilder.newClient()
            .register(GZipEncoder.class)
            .register(org.glassfish.jersey.client.filter.EncodingFilter.class)
            .register(new ErrataClientFilter(ShopErrorDecoder::decode))) {
      WebTarget hello = asking.target(compressing.uri("shop/hello"));
      try (Response response = hello.request().get()) {
        assertEquals("gzip", response.getHeaderString("Content-Encoding"), "the server compresses");
        assertEquals("hello", response.readEntity(String.class));
      }

      WebTarget stock = asking.target(compressing.uri("shop/stock/SKU-9"));
      OutOfStockException error = decoded(OutOfStockException.class,
          () -> stock.request().post(Entity.text("")).close());
      assertEquals("SKU-9", error.sku());
      assertEquals(ShopResource.AVAILABLE, error.available());
    }
  }

  @Test
  void anErrorWithNoBodyBecomesTheUnknownExceptionWithItsStatus() {
    UnknownShopException error = decoded(UnknownShopException.class, () ->
        target("shop/no-such-resource").request().get(String.class));

    assertEquals(404, error.status());
    assertNull(error.type());
  }

  @Test
  void noMoreOfAHugeBodyIsReadThanTheDecoderWouldRead() {
    List<Integer> lengths = new CopyOnWriteArrayList<>();
    ErrorDecoder measuring = (status, body) -> {
      lengths.add(body.length);
      return ShopErrorDecoder.decode(status, body);
    };
    try (Client measured = ClientBuilder.newClient().register(new ErrataClientFilter(measuring))) {
      WebTarget target = measured.target(server.uri("shop/huge"))
          .queryParam("bytes", 3 * DecodeLimits.DEFAULT.maxBodyBytes());

      assertEquals(500, decoded(UnknownShopException.class,
          () -> target.request().get(String.class)).status());
    }
    assertEquals(List.of(DecodeLimits.DEFAULT.maxBodyBytes() + 1), lengths);
  }

  @Test
  void aSuccessfulResponseIsUntouched() {
    assertEquals("hello", target("shop/hello").request().get(String.class));
    try (Response response = target("shop/hello").request().get()) {
      assertEquals(200, response.getStatus());
      assertEquals("hello", response.readEntity(String.class));
    }
  }

  @Test
  void onAWebTargetItFiltersThatTargetAndNoOther() {
    try (Client plain = ClientBuilder.newClient()) {
      WebTarget withFilter = plain.target(server.uri("shop/orders/" + ORDER))
          .register(new ErrataClientFilter(ShopErrorDecoder::decode));
      assertEquals(ORDER, decoded(OrderNotFoundException.class,
          () -> withFilter.request().get(String.class)).orderId());

      try (Response response = plain.target(server.uri("shop/orders/" + ORDER)).request().get()) {
        assertEquals(404, response.getStatus());
        assertArrayEquals(new OrderNotFoundException(ORDER).toJsonBytes(),
            response.readEntity(byte[].class));
      }
    }
  }

  @Test
  void anAsynchronousCallFailsWithTheSameException() {
    ExecutionException failure = assertThrows(ExecutionException.class, () ->
        target("shop/orders/" + ORDER).request().async().get(String.class)
            .get(10, TimeUnit.SECONDS));

    ProcessingException cause = assertInstanceOf(ProcessingException.class, failure.getCause());
    OrderNotFoundException error = assertInstanceOf(OrderNotFoundException.class,
        ErrataClientFilter.unwrap(cause).orElseThrow());
    assertEquals(ORDER, error.orderId());
  }

  @Test
  void unwrapIsEmptyForACallThatFailedForAnotherReason() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    ProcessingException failure = failure(() -> client
        .target("http://127.0.0.1:" + closedPort + "/").request().get(String.class));

    assertFalse(ErrataClientFilter.unwrap(failure).isPresent(), failure::toString);
  }

  private static WebTarget target(String path) {
    return client.target(server.uri(path));
  }

  private static ProcessingException failure(Executable call) {
    return assertThrows(ProcessingException.class, call);
  }

  private static <T extends ApiErrorException> T decoded(Class<T> type, Executable call) {
    return assertInstanceOf(type, ErrataClientFilter.unwrap(failure(call)).orElseThrow());
  }
}
