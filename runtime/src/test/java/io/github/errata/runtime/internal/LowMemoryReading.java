package io.github.errata.runtime.internal;

import io.github.errata.runtime.DecodeLimits;
import java.util.List;

/**
 * Run by {@link LowMemoryTest} in a JVM of its own with {@code -Xmx64m}: bodies of 60 MB, made
 * as they are read and never held, are read without running out of memory, each as its limits
 * say. Exits 0 when every check holds; an {@link AssertionError} or an {@link OutOfMemoryError}
 * exits 1 with its stack trace.
 */
public final class LowMemoryReading {
  static final long SIXTY_MB = 60L * 1024 * 1024;

  private LowMemoryReading() {}

  public static void main(String[] args) {
    long heap = Runtime.getRuntime().maxMemory();
    check(heap <= 64L * 1024 * 1024, "the heap is " + heap + " bytes, not at most 64 MiB");

    Streams.Generated detail = new Streams.Generated(
        "{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",\"detail\":\"", 'x', SIXTY_MB, "\"}");
    Received cut = Journey.CATALOG.read(404, detail, null);
    check(cut.index() == 2 && "Gone.".equals(cut.title()), "a 60 MB detail gave " + cut.reason());
    check(cut.reason().contains("String value length (65537)"), cut.reason());
    check(detail.read < 1 << 20, "read " + detail.read + " bytes");
    System.out.println("ok 60 MB detail, default limits: refused after " + detail.read + " bytes");

    Streams.Generated spaced = spaced();
    Received refused = Journey.CATALOG.read(404, spaced, null);
    check(refused.index() == 2, "gave " + refused.reason());
    check("the body is longer than 1048576 bytes".equals(refused.reason()), refused.reason());
    check(spaced.read == DecodeLimits.DEFAULT.maxBodyBytes() + 1L, "read " + spaced.read + " bytes");
    System.out.println("ok 60 MB body, default limits: refused after " + spaced.read + " bytes");

    Streams.Generated roomyBody = spaced();
    Received whole = Journey.CATALOG.read(404, roomyBody, new DecodeLimits(64 << 20, 64, 65_536));
    check(whole.reason() == null && "42".equals(whole.arguments()[1]), "gave " + whole.reason());
    check(roomyBody.read == roomyBody.length, "read " + roomyBody.read + " of " + roomyBody.length);
    System.out.println("ok 60 MB body, roomy limits: read whole");

    // The most values a 1 MiB body can hold: an object holding an empty object, 9 bytes each.
    int items = ((1 << 20) - 64) / 9;
    Streams.Generated dense = new Streams.Generated("{\"type\":\"TOO_MANY_REQUESTS\",\"a\":[", 'x', 0,
        "{\"k\":{}},".repeat(items) + "{}]}");
    Received crowded = Journey.CATALOG.read(429, dense, null);
    check(crowded.reason() == null, crowded.reason());
    check(crowded.extensions().get("a") instanceof List<?> list && list.size() == items + 1,
        "the values were not all kept");
    System.out.println("ok " + dense.length + " bytes of " + (items + 1) + " objects: kept");
  }

  private static Streams.Generated spaced() {
    return new Streams.Generated("{\"type\":\"OBJECT_NOT_FOUND\",", ' ', SIXTY_MB,
        "\"detail\":\"No task found with ID: '42'\"}");
  }

  private static void check(boolean holds, String otherwise) {
    if (!holds) {
      throw new AssertionError(otherwise);
    }
  }
}
