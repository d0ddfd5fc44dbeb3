package io.github.errata.runtime.internal;

import java.io.IOException;
import java.io.InputStream;

/** Streams that hand out bytes as slow, broken or hostile connections do. */
final class Streams {
  private Streams() {}

  /** A few bytes a read, and after {@code failAfter} bytes an IOException "connection reset". */
  static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private final int failAfter;
    private int next;

    Trickle(byte[] bytes, int chunk, int failAfter) {
      this.bytes = bytes;
      this.chunk = chunk;
      this.failAfter = failAfter;
    }

    Trickle(byte[] bytes, int chunk) {
      this(bytes, chunk, Integer.MAX_VALUE);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (next >= failAfter) {
        throw new IOException("connection reset");
      }
      if (next >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), Math.min(bytes.length, failAfter) - next);
      System.arraycopy(bytes, next, buffer, offset, n);
      next += n;
      return n;
    }
  }

  /** A stream that reads 0 bytes forever. */
  static final class Stalled extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return 0;
    }
  }

  /** A stream that throws an unchecked exception at once. */
  static final class Unchecked extends InputStream {
    @Override
    public int read() {
      throw new IllegalStateException("stream closed");
    }
  }

  /** A body made as it is read: a head, a run of one byte, a tail; it counts the bytes read. */
  static final class Generated extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final byte fill;
    private final long fillEnd;
    final long length;
    long read;

    Generated(String head, char fill, long fillLength, String tail) {
      this.head = head.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      this.tail = tail.getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
