package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.http.RetryAfter;
import java.time.Duration;

/** What the tests check of a decoded exception against the one the server threw. */
final class Expect {
  private Expect() {}

  /**
   * The same error: class, status, type, title, detail, link, typed arguments, retry delay, body.
   *
   * @param thrown as the server threw it
   * @param decoded what the client threw
   */
  static void sameError(ApiErrorException thrown, Throwable decoded) {
    assertSame(thrown.getClass(), decoded.getClass(), () -> "decoded as " + decoded);
    ApiErrorException error = (ApiErrorException) decoded;
    assertEquals(thrown.status(), error.status());
    assertEquals(thrown.type(), error.type());
    assertEquals(thrown.title(), error.title());
    assertEquals(thrown.detail(), error.detail());
    assertEquals(thrown.see(), error.see());
    assertEquals(thrown.arguments(), error.arguments());
    // The header carries whole seconds, rounded up: that is the delay a client reads back.
    assertEquals(thrown.retryAfter().map(delay -> Duration.ofSeconds(Long.parseLong(RetryAfter.format(delay)))),
        error.retryAfter());
    assertArrayEquals(thrown.toJsonBytes(), error.toJsonBytes());
  }
}
