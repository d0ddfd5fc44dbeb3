package io.github.errata.examples.spring;

import java.time.Duration;
import java.util.Optional;

/**
 * So many calls in a window that opens with its first call: enough to show a 429 with its
 * {@code Retry-After}.
 */
final class RateLimiter {
  private final int calls;
  private final long windowNanos;
  private long windowStart;
  private int used;

  RateLimiter(int calls, Duration window) {
    this.calls = calls;
    this.windowNanos = window.toNanos();
  }

  /** Takes one call; where none is left, how long until the window ends. */
  synchronized Optional<Duration> acquire() {
    long now = System.nanoTime();
    if (used == 0 || now - windowStart >= windowNanos) {
      windowStart = now;
      used = 0;
    }
    if (used < calls) {
      used++;
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(windowNanos - (now - windowStart)));
  }
}
