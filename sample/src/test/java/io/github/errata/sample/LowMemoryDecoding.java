package io.github.errata.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.errata.runtime.DecodeLimits;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Run by {@link DecoderLimitsTest} in a JVM of its own with {@code -Xmx64m}: bodies of 60 MB,
 * made as they are read and never held, decode without running out of memory, and a body over
 * the cap is refused without being read whole. Exits 0 when every check holds; an
 * {@link AssertionError} or an {@link OutOfMemoryError} exits 1 with its stack trace.
 */
public final class LowMemoryDecoding {

  static final long SIXTY_MB = 60L * 1024 * 1024;

  private LowMemoryDecoding() {}

  public static void main(String[] args) {
    long heap = Runtime.getRuntime().maxMemory();
    check(heap <= 64L * 1024 * 1024, "the heap is " + heap + " bytes, not at most 64 MiB");

    // A 60 MB detail, with the default limits: the string cap ends the reading, and the title
    // read before it is kept.
    Body detail = new Body("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Gone.\",\"detail\":\"", 'x', SIXTY_MB, "\"}");
    JourneyException cut = JourneyErrorDecoder.decode(404, detail);
    check(cut instanceof ObjectNotFoundException, "a 60 MB detail gave " + cut);
    check("Gone.".equals(cut.title()), "the title read before the detail was lost");
    check(suppressed(cut).contains("exceeds the maximum allowed (65536"), suppressed(cut));
    check(detail.read < 1 << 20, "read " + detail.read + " bytes");
    System.out.println("ok 60 MB detail, default limits: refused after " + detail.read + " bytes");

    // 60 MB between two members, with the default limits: refused one byte past the byte cap.
    Body spaced = spaced();
    JourneyException refused = JourneyErrorDecoder.decode(404, spaced);
    check(refused instanceof ObjectNotFoundException, "gave " + refused);
    check(suppressed(refused).contains("the body is longer than 1048576 bytes"), suppressed(refused));
    check(spaced.read == DecodeLimits.DEFAULT.maxBodyBytes() + 1L, "read " + spaced.read + " bytes");
    System.out.println("ok 60 MB body, default limits: refused after " + spaced.read + " bytes");

    // 60 MB read whole where the limits allow it: spaces between members cost nothing to hold.
    Body roomyBody = spaced();
    DecodeLimits roomy = new DecodeLimits(64 << 20, 64, 65_536);
    JourneyException whole = JourneyErrorDecoder.decode(404, roomyBody, roomy);
    check(whole instanceof ObjectNotFoundException found && "42".equals(found.id()), "gave " + whole);
    check(whole.getSuppressed().length == 0, suppressed(whole));
    check(roomyBody.read == roomyBody.length, "read " + roomyBody.read + " of " + roomyBody.length + " bytes");
    System.out.println("ok 60 MB body, roomy limits: read whole, " + whole);

    // The most values a 1 MiB body can hold, with the default limits: the cost of the worst body.
    // An object holding an empty object: some 250 bytes of maps for every 9 bytes of body.
    int items = ((1 << 20) - 64) / 9;
    Body dense = new Body("{\"type\":\"TOO_MANY_REQUESTS\",\"a\":[", 'x', 0, "{\"k\":{}},".repeat(items) + "{}]}");
    JourneyException crowded = JourneyErrorDecoder.decode(429, dense);
    check(crowded instanceof TooManyRequestsException, "gave " + crowded);
    check(crowded.extensions().get("a") instanceof java.util.List<?> list && list.size() == items + 1,
        "the values were not all kept");
    System.out.println("ok " + dense.length + " bytes of " + (items + 1) + " objects, default limits: kept");
  }

  private static Body spaced() {
    return new Body("{\"type\":\"OBJECT_NOT_FOUND\",", ' ', SIXTY_MB, "\"detail\":\"No task found with ID: '42'\"}");
  }

  private static String suppressed(Throwable thrown) {
    return Arrays.toString(thrown.getSuppressed());
  }

  private static void check(boolean holds, String otherwise) {
    if (!holds) {
      throw new AssertionError(otherwise);
    }
  }

  /** A body made as it is read: a head, a run of one byte, a tail; it counts the bytes read. */
  static final class Body extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final byte fill;
    private final long fillEnd;
    final long length;
    long read;

    Body(String head, char fill, long fillLength, String tail) {
      this.head = head.getBytes(UTF_8);
      this.tail = tail.getBytes(UTF_8);
      this.fill = (byte) fill;
      this.fillEnd = this.head.length + fillLength;
      this.length = fillEnd + this.tail.length;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (read >= length) {
        return -1;
      }
      int n = (int) Math.min(count, length - read);
      for (int i = 0; i < n; i++, read++) {
        buffer[offset + i] = read < head.length ? head[(int) read]
            : read < fillEnd ? fill : tail[(int) (read - fillEnd)];
      }
      return n;
    }
  }
}
