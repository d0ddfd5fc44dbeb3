package io.github.errata.runtime.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.internal.TestErrors;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every server adapter sends and logs for a catalog's exception. */
class ErrorResponseTest {

  @Test
  void theResponseIsTheErrorsStatusMediaTypeAndExactBytes() {
    ApiErrorException error = TestErrors.objectNotFound("task", "c3d5");
    ErrorResponse response = ErrorResponse.of(error);
    assertEquals(404, response.status());
    assertEquals("application/json", response.contentType());
    assertArrayEquals(error.toJsonBytes(), response.body());
    assertEquals(Map.of(), response.headers());
    assertSame(error, response.error());
  }

  @Test
  void aDelayIsSentAsRetryAfterInWholeSeconds() {
    ApiErrorException error = TestErrors.tooManyRequests().withRetryAfter(Duration.ofMillis(9_500));
    assertEquals(Map.of("Retry-After", "10"), ErrorResponse.of(error).headers());
  }

  @Test
  void aCatalogWithOneLanguageAnswersInItWhateverTheRequestAsks() {
    ApiErrorException error = TestErrors.objectNotFound("task", "c3d5");
    ErrorResponse response = ErrorResponse.of(error, "de-CH, de;q=0.9, *;q=0.1");
    assertArrayEquals(error.toJsonBytes(), response.body());
    assertEquals(Map.of(), response.headers());
  }

  @Test
  void a5xxIsLoggedAsAnErrorAndA4xxIsNot() {
    assertTrue(ErrorResponse.of(TestErrors.internalServerError(new IllegalStateException("db")))
        .logsAsError());
    assertFalse(ErrorResponse.of(TestErrors.tooManyRequests()).logsAsError());
  }

  @Test
  void theLogLineNamesTheRequestStatusTypeAndDetail() {
    ErrorResponse response = ErrorResponse.of(TestErrors.objectNotFound("task", "c3d5"));
    assertEquals("GET /tasks/c3d5 answered 404 OBJECT_NOT_FOUND: No task found with ID: 'c3d5'",
        response.logMessage("GET /tasks/c3d5"));
    assertEquals("Answered 404 OBJECT_NOT_FOUND: No task found with ID: 'c3d5'",
        response.logMessage(null));
  }

  @Test
  void noExceptionIsRefused() {
    assertThrows(NullPointerException.class, () -> ErrorResponse.of(null));
  }

  @Test
  void aTranslatedErrorAnswersInTheBestLanguageOfTheRequestWithContentLanguageAndVary() {
    ApiErrorException error = TestErrors.translatedNotFound("task", 7);
    ErrorResponse response = ErrorResponse.of(error, "fr;q=0.5, de-CH, en;q=0.8");
    assertArrayEquals(error.toJsonBytes(java.util.Locale.GERMAN), response.body());
    assertEquals(Map.of("Content-Language", "de", "Vary", "Accept-Language"), response.headers());
    assertEquals("Answered 404 OBJECT_NOT_FOUND: No task found with ID: '7'",
        response.logMessage(null), "the log line stays in the catalog's language");
  }

  @Test
  void theLanguageIsChosenByQValuesAndLookupWithTheCatalogsWhereNothingMatches() {
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put(null, "en");
    cases.put("", "en");
    cases.put("de", "de");
    cases.put("DE-at", "de");
    cases.put("fr-CA;q=0.9, de;q=0.8", "fr");
    cases.put("de;q=0.1, fr;q=0.2, en;q=0.15", "fr");
    cases.put("it, es", "en");
    cases.put("*", "en");
    cases.put("de;q=0, fr;q=0.1", "fr");
    cases.put("de;q=0", "en");
    cases.put("de;q=2", "en");
    cases.put(";;;, \u0000", "en");
    cases.put("x-klingon, de", "de");
    cases.put("zh-Hant-TW, de;q=0.5", "de");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      ErrorResponse response = ErrorResponse.of(TestErrors.translatedNotFound("task", 7), c.getKey());
      assertEquals(c.getValue(), response.headers().get("Content-Language"), c.getKey());
      assertEquals("Accept-Language", response.headers().get("Vary"), c.getKey());
    }
  }

  @Test
  void anErrorInOneLanguageOfATranslatedCatalogSaysNothingOfLanguages() {
    ApiErrorException error = TestErrors.untranslatedGone("a1");
    ErrorResponse response = ErrorResponse.of(error, "de");
    assertArrayEquals(error.toJsonBytes(), response.body());
    assertEquals(Map.of(), response.headers());
  }

  @Test
  void aReceivedErrorIsPassedOnAsReceived() {
    ApiErrorException decoded = TestErrors.translatedDecoded(404, "{\"type\":\"OBJECT_NOT_FOUND\","
        + "\"title\":\"Objekt nicht gefunden.\",\"detail\":\"Kein task mit der ID '7' gefunden\"}");
    ErrorResponse response = ErrorResponse.of(decoded, "en");
    assertArrayEquals(decoded.toJsonBytes(), response.body());
    assertEquals(Map.of(), response.headers());
  }
}
