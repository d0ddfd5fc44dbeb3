package io.github.errata.sample.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Lets each key through at most once per interval: the demo API's limit on expensive requests. */
final class RateLimiter {

  private final long intervalNanos;
  private final Map<String, Long> lastGranted = new HashMap<>();

  /** A limiter that grants each key once per {@code interval}. */
  RateLimiter(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Whether {@code key} may go ahead now; if so, its interval starts again. */
  synchronized boolean tryAcquire(String key) {
    // nanoTime, not the wall clock: a clock step must neither lock a key out nor free it early.
    long now = System.nanoTime();
    Long last = lastGranted.get(key);
    if (last != null && now - last < intervalNanos) {
      return false;
    }
    lastGranted.put(key, now);
    return true;
  }
}
