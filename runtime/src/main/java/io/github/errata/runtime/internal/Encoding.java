package io.github.errata.runtime.internal;

/**
 * Which Unicode encoding a body is in, told by its first bytes as RFC 4627 and jackson-core tell
 * it: a byte-order mark, or the zero bytes ASCII text has in UTF-16 and UTF-32. UTF-8 is the rule
 * (RFC 8259); the others are turned into UTF-8 before they are read, strictly: a lone surrogate or
 * a code point past U+10FFFF ends the text there.
 */
enum Encoding {
  UTF_8(1, true),
  UTF_16BE(2, true),
  UTF_16LE(2, false),
  UTF_32BE(4, true),
  UTF_32LE(4, false);

  private final int unit;
  private final boolean bigEndian;

  Encoding(int unit, boolean bigEndian) {
    this.unit = unit;
    this.bigEndian = bigEndian;
  }

  /** An encoding, and the length of the byte-order mark to skip. */
  record Detected(Encoding encoding, int mark) {}

  private static final Detected PLAIN_UTF_8 = new Detected(UTF_8, 0);

  /** The encoding of a body by its first {@code length} bytes (4 where it has them). */
  static Detected detect(byte[] b, int from, int length) {
    if (length > 1 && b[from] == '{' && b[from + 1] != 0 || length == 1) {
      return PLAIN_UTF_8;
    }
    int b0 = length > 0 ? b[from] & 0xff : -1;
    int b1 = length > 1 ? b[from + 1] & 0xff : -1;
    int b2 = length > 2 ? b[from + 2] & 0xff : -1;
    int b3 = length > 3 ? b[from + 3] & 0xff : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return new Detected(UTF_32BE, 4);
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return new Detected(UTF_32LE, 4);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new Detected(UTF_16BE, 2);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new Detected(UTF_16LE, 2);
    }
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new Detected(UTF_8, 3);
    }
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return new Detected(UTF_32BE, 0);
    }
    if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return new Detected(UTF_32LE, 0);
    }
    if (b0 == 0 && b1 > 0) {
      return new Detected(UTF_16BE, 0);
    }
    if (b0 > 0 && b1 == 0) {
      return new Detected(UTF_16LE, 0);
    }
    return PLAIN_UTF_8;
  }

  /**
   * Text in this encoding as UTF-8, up to its first invalid unit.
   *
   * @param b the bytes
   * @param from the first byte, past any byte-order mark
   * @param to the end
   * @param cut why the bytes end at {@code to} where the body went on, or null
   * @return the UTF-8, and why it ends early (or null)
   */
  Transcoded toUtf8(byte[] b, int from, int to, String cut) {
    JsonWriter out = new JsonWriter((to - from) / unit + 16);
    int i = from;
    while (i + unit <= to) {
      int code = unit(b, i);
      int length = unit;
      if (unit == 2 && Character.isHighSurrogate((char) code) && i + 4 <= to
          && Character.isLowSurrogate((char) unit(b, i + 2))) {
        code = Character.toCodePoint((char) code, (char) unit(b, i + 2));
        length = 4;
      } else if (unit == 2 && Character.isHighSurrogate((char) code) && i + 4 > to && cut != null) {
        break;
      } else if (code >= 0xD800 && code <= 0xDFFF || code > 0x10FFFF || code < 0) {
        return new Transcoded(out.toByteArray(), "the body is not readable " + this
            + ": " + (code >= 0xD800 && code <= 0xDFFF ? "a lone surrogate" : "no code point")
            + String.format(" 0x%X", code & 0xFFFFFFFFL) + " at byte " + i);
      }
      out.codePoint(code);
      i += length;
    }
    if (i < to && cut == null) {
      return new Transcoded(out.toByteArray(),
          "the body is not readable " + this + ": it ends in the middle of a character");
    }
    return new Transcoded(out.toByteArray(), cut);
  }

  private int unit(byte[] b, int i) {
    if (unit == 2) {
      return bigEndian ? (b[i] & 0xff) << 8 | b[i + 1] & 0xff : (b[i + 1] & 0xff) << 8 | b[i] & 0xff;
    }
    return bigEndian
        ? (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff
        : (b[i + 3] & 0xff) << 24 | (b[i + 2] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | b[i] & 0xff;
  }

  @Override
  public String toString() {
    return name().replace('_', '-');
  }

  /**
   * A body turned into UTF-8.
   *
   * @param utf8 the text as UTF-8
   * @param endReason why it ends before the body's end, or null
   */
  record Transcoded(byte[] utf8, String endReason) {}
}
