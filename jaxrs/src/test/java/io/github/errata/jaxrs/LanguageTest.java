package io.github.errata.jaxrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.errata.jaxrs.shop.OrderNotFoundException;
import io.github.errata.jaxrs.shop.OutOfStockException;
import io.github.errata.jaxrs.shop.ShopErrorDecoder;
import io.github.errata.jaxrs.shop.ShopException;
import io.github.errata.jaxrs.shop.TooManyRequestsException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jersey answers the tests' catalog, translated into German, in the request's language over real
 * HTTP: the best match of {@code Accept-Language}, {@code Content-Language}, {@code Vary}, and a
 * body that the catalog's decoder reads back into the same error and arguments.
 */
class LanguageTest {
  private static final UUID ORDER = UUID.fromString("c3d59ff0-ba4a-11e3-a567-001e6733fe3d");

  private static JerseyServer server;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    server = JerseyServer.start(new ResourceConfig(ShopResource.class));
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "Accept-Language: {0}")
  @CsvSource(delimiter = '|', value = {
      "de | de",
      "de-AT;q=0.9, en;q=0.8 | de",
      "en-US, de;q=0.5 | en",
      "pt-BR | en",
      "'' | en"})
  void theBodyIsInTheBestLanguageAndDecodesToTheSameError(String acceptLanguage, String language)
      throws Exception {
    HttpResponse<byte[]> response = get("shop/orders/" + ORDER, acceptLanguage);
    OrderNotFoundException thrown = new OrderNotFoundException(ORDER);

    assertEquals(404, response.statusCode());
    assertArrayEquals(thrown.toJsonBytes(Locale.forLanguageTag(language)), response.body());
    assertEquals(language, response.headers().firstValue("Content-Language").orElse(null));
    assertEquals("Accept-Language", response.headers().firstValue("Vary").orElse(null));
    ShopException decoded = ShopErrorDecoder.decode(404, response.body());
    assertEquals(OrderNotFoundException.class, decoded.getClass());
    assertEquals(Map.of("orderId", ORDER), decoded.arguments());
  }

  @Test
  void aGermanBodyCarriesTheGermanTextAndTheSameTypedArguments() throws Exception {
    HttpResponse<byte[]> response = send("POST", "shop/stock/SKU-1", "de");
    assertEquals("{\"type\":\"OUT_OF_STOCK\",\"title\":\"Nicht vorrätig.\","
        + "\"detail\":\"Von Artikel SKU-1 sind nur noch " + ShopResource.AVAILABLE + " da.\","
        + "\"see\":\"https://docs.example.com/shop-errors#OUT_OF_STOCK\"}",
        new String(response.body(), StandardCharsets.UTF_8));
    OutOfStockException decoded =
        (OutOfStockException) ShopErrorDecoder.decode(409, response.body());
    assertEquals("SKU-1", decoded.sku());
    assertEquals(ShopResource.AVAILABLE, decoded.available());
  }

  @Test
  void anErrorLeftUntranslatedSaysNothingOfLanguages() throws Exception {
    HttpResponse<byte[]> response = get("shop/limited", "de");
    assertEquals(429, response.statusCode());
    assertArrayEquals(new TooManyRequestsException().toJsonBytes(), response.body());
    assertFalse(response.headers().firstValue("Content-Language").isPresent());
  }

  private static HttpResponse<byte[]> get(String path, String acceptLanguage) throws Exception {
    return send("GET", path, acceptLanguage);
  }

  private static HttpResponse<byte[]> send(String method, String path, String acceptLanguage)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (!acceptLanguage.isEmpty()) {
      request.header("Accept-Language", acceptLanguage);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
