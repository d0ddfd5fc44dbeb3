package io.github.errata.sample.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.sample.JourneyError;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.UnknownJourneyException;
import io.github.errata.sample.problem.OutOfStockException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the demo's server and client in-process and checks every route round-tripped. */
class DemoTest {

  // The seed's example responses, compacted; it gives none for AUTHENTICATION_FAILED, whose
  // catalog entry has no detail, so its detail is its title.
  private static final Map<JourneyError, String> SEED_BODIES = Map.of(
      JourneyError.AUTHENTICATION_FAILED, "{\"type\":\"AUTHENTICATION_FAILED\","
          + "\"title\":\"HTTP Basic: Access denied.\",\"detail\":\"HTTP Basic: Access denied.\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#AUTHENTICATION_FAILED\"}",
      JourneyError.INTERNAL_SERVER_ERROR, "{\"type\":\"INTERNAL_SERVER_ERROR\","
          + "\"title\":\"Oops! Something went wrong.\","
          + "\"detail\":\"An internal server error has occurred.\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#INTERNAL_SERVER_ERROR\"}",
      JourneyError.OBJECT_NOT_FOUND, "{\"type\":\"OBJECT_NOT_FOUND\","
          + "\"title\":\"Object not found.\","
          + "\"detail\":\"No task found with ID: 'c3d59ff0-ba4a-11e3-a567-001e6733fe3d'\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND\"}",
      JourneyError.INVALID_VALUE, "{\"type\":\"INVALID_VALUE\","
          + "\"title\":\"Invalid value specified.\","
          + "\"detail\":\"Invalid option \\\"test\\\" for field 'status'.\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#INVALID_VALUE\"}",
      JourneyError.INVALID_API_REQUEST, "{\"type\":\"INVALID_API_REQUEST\","
          + "\"title\":\"Invalid JSON.\",\"detail\":\"unexpected token\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#INVALID_API_REQUEST\"}",
      JourneyError.ROUTE_ERROR, "{\"type\":\"ROUTE_ERROR\",\"title\":\"Route error.\","
          + "\"detail\":\"No route matches [GET] /api/v4/533bda53027894f69b001055/objec/tasks.json\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#ROUTE_ERROR\"}",
      JourneyError.ACCOUNT_NOT_FOUND, "{\"type\":\"ACCOUNT_NOT_FOUND\","
          + "\"title\":\"Account not found.\","
          + "\"detail\":\"Could not find account '533bda53027894f69b00105'.\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#ACCOUNT_NOT_FOUND\"}",
      JourneyError.BATCH_ABORTED, "{\"type\":\"BATCH_ABORTED\","
          + "\"title\":\"Batch processing aborted due to error.\","
          + "\"detail\":\"Skipping this operation because a previous operation in this batch failed.\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#BATCH_ABORTED\"}",
      JourneyError.TOO_MANY_REQUESTS, "{\"type\":\"TOO_MANY_REQUESTS\","
          + "\"title\":\"Too Many Requests.\","
          + "\"detail\":\"Request rate limit exceeded for this account. Try again later.\","
          + "\"see\":\"https://docs.journeyapps.com/api-errors#TOO_MANY_REQUESTS\"}");

  private static DemoResult result;

  @BeforeAll
  static void runDemo() throws Exception {
    result = Demo.run();
  }

  @Test
  void everyRouteRoundTrips() {
    assertEquals(DemoCalls.all().size(), result.rows().size());
    for (RoundTrip row : result.rows()) {
      assertTrue(row.matched(), () -> row.call().path() + ": " + row.mismatches());
    }
    assertEquals(JourneyError.values().length, result.errorsRoundTripped());
    assertTrue(result.proxyPageDecoded());
    assertTrue(result.passed(), () -> String.join("\n", result.failures()));
    assertEquals("9 of 9 errors round-tripped; proxy page decoded as UnknownJourneyException; "
        + "4 of 4 application/problem+json errors round-tripped; the German body decoded to the"
        + " same error and arguments", result.summary());
  }

  @Test
  void theCallInGermanIsAnsweredInGermanAndDecodedToTheSameError() {
    GermanCall german = result.german();
    assertTrue(german.matched(), german::describe);
    assertEquals("de", german.contentLanguage());
    assertEquals(404, german.status());
    assertEquals("Objekt nicht gefunden.", german.decoded().title());
    assertEquals(german.thrown().arguments(), german.decoded().arguments());
  }

  @Test
  void everyErrorOfTheCatalogIsThrownOnce() {
    List<JourneyError> thrown = apiRows().stream()
        .map(row -> row.thrown().error().orElseThrow())
        .toList();
    assertEquals(EnumSet.allOf(JourneyError.class), EnumSet.copyOf(thrown));
    assertEquals(thrown.size(), Set.copyOf(thrown).size(), () -> "thrown twice: " + thrown);
  }

  @Test
  void bodiesAreTheSeedsExamples() {
    for (RoundTrip row : apiRows()) {
      ApiResponse response = row.response();
      JourneyError error = row.thrown().error().orElseThrow();
      assertEquals(error.status(), response.status(), error::type);
      assertEquals("application/json", response.contentType(), error::type);
      assertEquals(SEED_BODIES.get(error), new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void decodedArgumentsAreTheOnesThrown() {
    Map<String, Object> notFound = apiRows().stream()
        .map(row -> row.response().decoded())
        .filter(ObjectNotFoundException.class::isInstance)
        .map(JourneyException::arguments)
        .findFirst()
        .orElseThrow();
    assertEquals(Map.of("objectType", "task", "id", DemoCalls.TASK_ID), notFound);
  }

  @Test
  void proxyPageIsDecodedAsUnknown() {
    List<RoundTrip> proxied = result.rows().stream().filter(row -> row.call().viaProxy()).toList();
    assertEquals(1, proxied.size());
    RoundTrip row = proxied.get(0);
    assertNull(row.thrown());
    assertEquals("text/html", row.response().contentType());
    UnknownJourneyException unknown =
        assertInstanceOf(UnknownJourneyException.class, row.response().decoded());
    assertEquals(502, unknown.status());
    assertNull(unknown.type());
    assertNotNull(unknown.reason());
    assertTrue(unknown.excerpt().startsWith("<html>"), unknown::excerpt);
    assertTrue(unknown.isRetryable());
  }

  @Test
  void theShopApiAnswersRfc9457ProblemsWithTypedMembers() {
    assertEquals(DemoCalls.shop().size(), result.shop().size());
    for (ShopRoundTrip row : result.shop()) {
      assertTrue(row.matched(), row::describe);
      assertEquals("application/problem+json", row.contentType());
      assertEquals(row.path(), row.decoded().instance());
    }
    assertEquals("{\"type\":\"https://shop.example.com/problems#OUT_OF_STOCK\","
        + "\"title\":\"Out of stock.\",\"status\":409,"
        + "\"detail\":\"Only 2 of MUG-01 left (backorder: true).\","
        + "\"instance\":\"/shop/items/MUG-01\",\"sku\":\"MUG-01\",\"left\":2,"
        + "\"backorder\":true}", result.shop().get(0).body());
    OutOfStockException outOfStock =
        assertInstanceOf(OutOfStockException.class, result.shop().get(0).decoded());
    assertEquals("OUT_OF_STOCK", outOfStock.type());
    assertEquals(2, outOfStock.left());
    assertEquals(Boolean.TRUE, outOfStock.backorder());
  }

  private static List<RoundTrip> apiRows() {
    return result.rows().stream()
        .filter(row -> !row.call().viaProxy())
        .collect(Collectors.toList());
  }

  @Test
  void theDemoFindsTheDocumentationPageAndShowsItsFirstLines() throws Exception {
    DocsPage page = DocsPage.find().orElseThrow();
    assertTrue(page.location().toString().endsWith(DocsPage.RESOURCE));
    String excerpt = page.excerpt(3);
    assertTrue(excerpt.startsWith("documentation page: "));
    assertTrue(excerpt.contains("\n  | # Error responses\n"), excerpt);
    assertEquals(5, excerpt.lines().count());
  }
}
