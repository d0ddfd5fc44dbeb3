package io.github.errata.spring.app;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An application's own catch-all advice, unordered as most are: it must not take a catalog's
 * errors, nor Spring's {@code ErrorResponse}s, which Boot's problem-details advice answers.
 */
@RestControllerAdvice
public class CatchAllAdvice {
  /** The text of its answer, so the tests can tell it answered. */
  public static final String ANSWER = "caught by the application's own advice";

  /** Answers anything no other advice took. */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<String> anything(Exception error) {
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_PLAIN)
        .body(ANSWER);
  }
}
