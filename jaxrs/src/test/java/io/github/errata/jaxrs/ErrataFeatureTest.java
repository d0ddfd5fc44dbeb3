package io.github.errata.jaxrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.jaxrs.shop.OrderNotFoundException;
import io.github.errata.jaxrs.shop.OutOfStockException;
import io.github.errata.jaxrs.shop.PaymentProviderDownException;
import io.github.errata.jaxrs.shop.Provider;
import io.github.errata.jaxrs.shop.TooManyRequestsException;
import io.github.errata.runtime.ApiErrorException;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real Jersey server that registers nothing of Errata's, called over real HTTP by the JDK's
 * client: what goes on the wire is exactly the catalog's.
 */
class ErrataFeatureTest {
  private static final UUID ORDER = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");

  /** Jakarta REST 3.1's switch for the runtime's loading of providers from META-INF/services. */
  private static final String SERVICE_LOADING = "jakarta.ws.rs.loadServices";

  private static JerseyServer server;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    // The application's own classes only: ErrataFeature must come from the jar's service file.
    server = JerseyServer.start(new ResourceConfig(ShopResource.class, BadInputMapper.class));
    // HTTP/1.1 without an h2c upgrade: Grizzly leaves Content-Type out of every response to a
    // request that asks to upgrade, as the JDK's client does by default.
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theFeatureIsListedInTheServiceFileTheRuntimeReads() {
    assertTrue(ServiceLoader.load(Feature.class).stream()
        .anyMatch(provider -> provider.type() == ErrataFeature.class));
  }

  @Test
  void anErrorAnswersWithItsStatusMediaTypeAndExactlyItsBody() throws Exception {
    HttpResponse<byte[]> response = send("GET", "shop/orders/" + ORDER, "application/json");

    assertEquals(404, response.statusCode());
    assertEquals("application/json", contentType(response));
    assertArrayEquals(new OrderNotFoundException(ORDER).toJsonBytes(), response.body());
    assertEquals("{\"type\":\"ORDER_NOT_FOUND\",\"title\":\"Order not found.\","
        + "\"detail\":\"No order with ID '" + ORDER + "'.\","
        + "\"see\":\"https://docs.example.com/shop-errors#ORDER_NOT_FOUND\"}",
        new String(response.body(), StandardCharsets.UTF_8));
    assertFalse(response.headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void everyStatusOfTheCatalogGoesOut() throws Exception {
    HttpResponse<byte[]> conflict = send("POST", "shop/stock/SKU-1", "application/json");
    assertEquals(409, conflict.statusCode());
    assertArrayEquals(new OutOfStockException("SKU-1", ShopResource.AVAILABLE).toJsonBytes(),
        conflict.body());

    HttpResponse<byte[]> down = send("GET", "shop/pay", "application/json");
    assertEquals(503, down.statusCode());
    assertEquals("application/json", contentType(down));
    assertArrayEquals(new PaymentProviderDownException(Provider.WALLET, null).toJsonBytes(),
        down.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html,application/xhtml+xml;q=0.9", "application/xml", "text/plain",
      "image/png", "*/*"})
  void theBodyIsTheCatalogsWhateverTheRequestAccepts(String accept) throws Exception {
    HttpResponse<byte[]> response = send("GET", "shop/orders/" + ORDER, accept);

    assertEquals(404, response.statusCode());
    assertEquals("application/json", contentType(response));
    assertArrayEquals(new OrderNotFoundException(ORDER).toJsonBytes(), response.body());
  }

  @Test
  void retryAfterIsSentInWholeSecondsRoundedUp() throws Exception {
    HttpResponse<byte[]> response =
        send("GET", "shop/limited?retryMillis=1500", "application/json");

    assertEquals(429, response.statusCode());
    assertEquals(List.of("2"), response.headers().allValues("Retry-After"));
    assertArrayEquals(new TooManyRequestsException().toJsonBytes(), response.body());

    assertEquals(List.of("30"), send("GET", "shop/limited?retryMillis=30000", "application/json")
        .headers().allValues("Retry-After"));
    assertFalse(send("GET", "shop/limited", "application/json")
        .headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void theApplicationsOwnMapperForOtherExceptionsStillAnswers() throws Exception {
    HttpResponse<byte[]> response = send("GET", "shop/bad-input", "application/json");

    assertEquals(400, response.statusCode());
    assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
    assertEquals("bad input: count must be positive",
        new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void anExceptionOfNoCatalogIsLeftToTheRuntime() throws Exception {
    HttpResponse<byte[]> response = send("GET", "shop/bug", "application/json");

    assertEquals(500, response.statusCode());
    assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("\"type\""));
  }

  @Test
  void aServerErrorIsLoggedAtSevereWithItsCauseAndAClientErrorAtFine() throws Exception {
    Logger logger = Logger.getLogger("io.github.errata.jaxrs");
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord logRecord) {
        records.add(logRecord);
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    Level level = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try {
      send("GET", "shop/pay", "application/json");
      send("GET", "shop/orders/" + ORDER, "application/json");
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }

    assertEquals(2, records.size(), records::toString);
    LogRecord serverError = records.get(0);
    assertEquals(Level.SEVERE, serverError.getLevel());
    PaymentProviderDownException thrown = (PaymentProviderDownException) serverError.getThrown();
    assertEquals("connect timed out", thrown.getCause().getMessage());
    assertTrue(thrown.getStackTrace().length > 0, "a 5xx keeps its stack trace");
    assertTrue(serverError.getMessage()
        .contains("GET /shop/pay answered 503 PAYMENT_PROVIDER_DOWN"), serverError.getMessage());

    LogRecord clientError = records.get(1);
    assertEquals(Level.FINE, clientError.getLevel());
    assertTrue(clientError.getMessage()
        .contains("GET /shop/orders/" + ORDER + " answered 404 ORDER_NOT_FOUND"),
        clientError.getMessage());
  }

  @Test
  void anApplicationsOwnMapperForTheCatalogsExceptionsWins() throws Exception {
    try (JerseyServer own = JerseyServer.start(
        new ResourceConfig(ShopResource.class, OwnApiErrorMapper.class))) {
      HttpResponse<byte[]> response = get(own, "shop/orders/" + ORDER);

      assertEquals(OwnApiErrorMapper.STATUS, response.statusCode());
      assertEquals("mine: ORDER_NOT_FOUND", new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void withServiceLoadingOffTheFeatureIsRegisteredByHand() throws Exception {
    ResourceConfig noServices = new ResourceConfig(ShopResource.class)
        .property(SERVICE_LOADING, false);
    try (JerseyServer bare = JerseyServer.start(noServices)) {
      assertEquals(500, get(bare, "shop/orders/" + ORDER).statusCode(),
          "without the service file's Feature, no one maps the exception");
    }
    ResourceConfig byHandConfig = new ResourceConfig(ShopResource.class, ErrataFeature.class)
        .property(SERVICE_LOADING, false);
    try (JerseyServer byHand = JerseyServer.start(byHandConfig)) {
      HttpResponse<byte[]> response = get(byHand, "shop/orders/" + ORDER);
      assertEquals(404, response.statusCode());
      assertArrayEquals(new OrderNotFoundException(ORDER).toJsonBytes(), response.body());
    }
  }

  /** An application that answers the catalogs' errors its own way. */
  public static class OwnApiErrorMapper implements ExceptionMapper<ApiErrorException> {
    static final int STATUS = 418;

    /** Made by Jersey. */
    public OwnApiErrorMapper() {
    }

    @Override
    public Response toResponse(ApiErrorException exception) {
      return Response.status(STATUS).type("text/plain").entity("mine: " + exception.type()).build();
    }
  }

  private static HttpResponse<byte[]> send(String method, String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(server.uri(path))
        .header("Accept", accept)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> get(JerseyServer on, String path)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(on.uri(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse(null);
  }
}
