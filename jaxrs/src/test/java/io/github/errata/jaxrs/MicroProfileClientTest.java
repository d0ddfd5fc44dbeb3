package io.github.errata.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.errata.jaxrs.shop.OrderNotFoundException;
import io.github.errata.jaxrs.shop.OutOfStockException;
import io.github.errata.jaxrs.shop.PaymentProviderDownException;
import io.github.errata.jaxrs.shop.Provider;
import io.github.errata.jaxrs.shop.ShopException;
import io.github.errata.jaxrs.shop.ShopResponseExceptionMapper;
import io.github.errata.jaxrs.shop.TooManyRequestsException;
import io.github.errata.jaxrs.shop.UnknownShopException;
import io.github.errata.runtime.ApiErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code ShopResponseExceptionMapper} on a second MicroProfile REST Client
 * implementation, RESTEasy's (run by its own surefire execution, with Jersey off the classpath):
 * against a real HTTP server on loopback that sends the catalog's bytes, every 4xx and 5xx throws
 * the typed exception, {@code Retry-After} read back, a proxy's page the unknown exception, a 2xx
 * untouched. The Quarkus example proves the same on Quarkus's REST client.
 */
class MicroProfileClientTest {
  private static final UUID ORDER = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");

  /** The shop's API as a MicroProfile REST client with the generated mapper: its one line. */
  @Path("shop")
  @RegisterProvider(ShopResponseExceptionMapper.class)
  public interface ShopApi {

    /**
     * An order.
     *
     * @param id its ID
     * @return the order
     */
    @GET
    @Path("orders/{id}")
    String order(@PathParam("id") UUID id);

    /**
     * A resource over its rate limit.
     *
     * @return never
     */
    @GET
    @Path("limited")
    String limited();

    /**
     * A payment that fails.
     *
     * @return never
     */
    @GET
    @Path("pay")
    String pay();

    /**
     * Reserves an item that is out of stock.
     *
     * @return never
     */
    @GET
    @Path("stock")
    String stock();

    /**
     * A proxy's error page.
     *
     * @return never
     */
    @GET
    @Path("behind-proxy")
    String behindProxy();

    /**
     * A call that works.
     *
     * @return a greeting
     */
    @GET
    @Path("hello")
    String hello();
  }

  private static HttpServer server;
  private static ShopApi client;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    Map<String, ApiErrorException> errors = Map.of(
        "/shop/orders/" + ORDER, new OrderNotFoundException(ORDER),
        "/shop/limited", new TooManyRequestsException().withRetryAfter(Duration.ofSeconds(7)),
        "/shop/pay", new PaymentProviderDownException(Provider.WALLET),
        "/shop/stock", new OutOfStockException("SKU-9", 1));
    server.createContext("/shop", exchange -> {
      String path = exchange.getRequestURI().getPath();
      ApiErrorException error = errors.get(path);
      int status;
      byte[] body;
      if (error != null) {
        status = error.status();
        body = error.toJsonBytes();
        exchange.getResponseHeaders().set("Content-Type", error.mediaType());
        error.retryAfter().ifPresent(delay -> exchange.getResponseHeaders()
            .set("Retry-After", Long.toString(delay.toSeconds())));
      } else if (path.equals("/shop/behind-proxy")) {
        status = 502;
        body = "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
      } else {
        status = 200;
        body = "hello".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
      }
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    client = RestClientBuilder.newBuilder()
        .baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))
        .build(ShopApi.class);
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void theImplementationIsRestEasys() {
    assertTrue(RestClientBuilder.newBuilder().getClass().getName().startsWith("org.jboss.resteasy"),
        RestClientBuilder.newBuilder().getClass().getName());
  }

  @Test
  void everyErrorThrowsItsTypedExceptionWithItsArguments() {
    OrderNotFoundException notFound =
        assertThrows(OrderNotFoundException.class, () -> client.order(ORDER));
    assertEquals(ORDER, notFound.orderId());
    assertEquals(new OrderNotFoundException(ORDER).toBody(), notFound.toBody());

    OutOfStockException conflict = assertThrows(OutOfStockException.class, () -> client.stock());
    assertEquals("SKU-9", conflict.sku());
    assertEquals(1, conflict.available());

    PaymentProviderDownException down =
        assertThrows(PaymentProviderDownException.class, () -> client.pay());
    assertEquals(Provider.WALLET, down.provider());
    assertEquals(503, down.status());
  }

  @Test
  void retryAfterIsReadBack() {
    TooManyRequestsException limited =
        assertThrows(TooManyRequestsException.class, () -> client.limited());

    assertEquals(Optional.of(Duration.ofSeconds(7)), limited.retryAfter());
  }

  @Test
  void aProxysPageThrowsTheUnknownExceptionAndA2xxIsUntouched() {
    ShopException unknown = assertThrows(ShopException.class, () -> client.behindProxy());
    assertTrue(unknown instanceof UnknownShopException, unknown.getClass().getName());
    assertEquals(502, unknown.status());
    assertFalse(unknown.error().isPresent());

    assertEquals("hello", client.hello());
  }
}
