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
}
