package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import java.time.Duration;

/** What the tests check of a decoded exception against the one the server threw. */
final class Expect {
  private Expect() {}

  /** The {@code Retry-After} header a delay is sent as: whole seconds, rounded up. */
  static String retryAfterHeader(Duration delay) {
    return Long.toString((delay.toMillis() + 999) / 1000);
  }

  /**
   * The same error: class, status, type, title, detail, link, typed arguments, retry delay, body.
   *
   * @param thrown as the server threw it
   * @param decoded what the client threw; not null
   */
  static void sameError(ApiErrorException thrown, Throwable decoded) {
    assertThat(decoded).isExactlyInstanceOf(thrown.getClass());
    ApiErrorException error = (ApiErrorException) decoded;
    assertThat(error.status()).isEqualTo(thrown.status());
    assertThat(error.type()).isEqualTo(thrown.type());
    assertThat(error.title()).isEqualTo(thrown.title());
    assertThat(error.detail()).isEqualTo(thrown.detail());
    assertThat(error.see()).isEqualTo(thrown.see());
    assertThat(error.arguments()).isEqualTo(thrown.arguments());
    // The header carries whole seconds: a client reads back the delay rounded up.
    assertThat(error.retryAfter()).isEqualTo(thrown.retryAfter().map(
        delay -> Duration.ofSeconds(Long.parseLong(retryAfterHeader(delay)))));
    assertThat(error.toJsonBytes()).isEqualTo(thrown.toJsonBytes());
  }
}
