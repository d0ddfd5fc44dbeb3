package io.github.errata.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A body's bytes as a stream hands them out, never more than the cap allows: it reads at most
 * {@code maxBodyBytes + 1} bytes (the one past the cap says whether the body goes on), keeps the
 * first bytes for the excerpt, and turns every way a stream can fail (an {@link IOException}, an
 * unchecked exception, a read of 0) into a {@link JsonReader.Failure} that says why.
 */
final class Source {
  /** How many bytes of an unreadable body its excerpt shows. */
  static final int EXCERPT_BYTES = 200;

  private final InputStream in;
  private final int cap;
  private final byte[] start = new byte[EXCERPT_BYTES];
  private int kept;
  private long count;
  private boolean ended;
  private boolean exceeded;
  private boolean failed;
  /** The failure met, given again to every later read. */
  private JsonReader.Failure failure;

  Source(InputStream in, int cap) {
    this.in = in;
    this.cap = cap;
  }

  /** Whether the stream has ended without giving a byte. */
  boolean empty() {
    return ended && count == 0;
  }

  /**
   * Reads some bytes.
   *
   * @return how many, at least 1; or -1 at the end of the body
   * @throws JsonReader.Failure where the body goes past the cap, or the stream fails
   */
  int read(byte[] buffer, int offset, int length) throws JsonReader.Failure {
    if (failure != null) {
      throw failure;
    }
    try {
      return readSome(buffer, offset, length);
    } catch (JsonReader.Failure e) {
      failure = e;
      throw e;
    }
  }

  private int readSome(byte[] buffer, int offset, int length) throws JsonReader.Failure {
    if (ended) {
      return -1;
    }
    if (count >= cap) {
      // At the cap: one more byte says whether the body goes on past it.
      int next = guarded(() -> in.read());
      if (next >= 0) {
        exceeded = true;
        count++;
        throw new JsonReader.Failure(Reasons.longerThan(cap));
      }
      ended = true;
      return -1;
    }
    int n = guarded(() -> in.read(buffer, offset, (int) Math.min(length, cap - count)));
    if (n < 0) {
      ended = true;
      return -1;
    }
    if (n == 0) {
      failed = true;
      throw new JsonReader.Failure(Reasons.unreadable("the stream returned 0 bytes for a read"));
    }
    int keep = Math.min(n, start.length - kept);
    if (keep > 0) {
      System.arraycopy(buffer, offset, start, kept, keep);
      kept += keep;
    }
    count += n;
    return n;
  }

  /** A read of the stream, whatever it throws turned into a failure that says why. */
  private int guarded(StreamRead read) throws JsonReader.Failure {
    try {
      return read.read();
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw new JsonReader.Failure(Reasons.unreadable(e.toString()));
    }
  }

  /** One read of a stream. */
  private interface StreamRead {
    int read() throws IOException;
  }

  /**
   * The escaped start of the body, ending in {@code ...} where there is more. The start is first
   * filled up from the stream (a few hundred bytes at most), so that the excerpt is the same
   * however the stream handed out its bytes.
   */
  String excerpt() {
    try {
      while (kept < start.length && !ended && !exceeded && !failed && count < cap) {
        int n = in.read(start, kept, (int) Math.min(start.length - kept, cap - count));
        if (n <= 0) {
          // The end, or a stream that gives nothing: no more of the start, then.
          ended |= n < 0;
          break;
        }
        kept += n;
        count += n;
      }
      if (count == kept && !ended && !exceeded && !failed && in.read() >= 0) {
        // One byte past the start says whether it goes on.
        count++;
      }
    } catch (IOException | RuntimeException e) {
      // The stream failed again: the excerpt is what it gave before.
    }
    return Reasons.excerpt(start, 0, kept, count > kept);
  }

  /** Escapes and formats reasons and excerpts. */
  static final class Reasons {
    private Reasons() {}

    static String longerThan(int cap) {
      return "the body is longer than " + cap + " bytes";
    }

    static String unreadable(String why) {
      return "the body could not be read whole: " + escape(why, Integer.MAX_VALUE);
    }

    static String excerpt(byte[] bytes, int from, int length, boolean more) {
      String start = escape(new String(bytes, from, length, StandardCharsets.UTF_8), EXCERPT_BYTES);
      return more ? start + "..." : start;
    }

    /**
     * The start of a text, with every character outside printable ASCII escaped, so it is safe to
     * log.
     */
    static String escape(String text, int max) {
      int end = Math.min(text.length(), max);
      StringBuilder out = new StringBuilder(end + 16);
      for (int i = 0; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\\') {
          out.append("\\\\");
        } else if (c >= 0x20 && c < 0x7f) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
      return end < text.length() ? out.append("...").toString() : out.toString();
    }
  }
}
