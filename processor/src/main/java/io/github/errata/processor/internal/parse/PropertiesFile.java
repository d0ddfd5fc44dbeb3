package io.github.errata.processor.internal.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a properties file as {@link java.util.Properties#load(java.io.Reader)} does (comments,
 * {@code =}, {@code :} or white space between key and value, continuation lines, escapes), but
 * strictly UTF-8 and keeping the line each entry starts on, which {@code Properties} loses. Every
 * entry is kept in file order, duplicates too, so the caller can say where each was.
 */
final class PropertiesFile {
  private PropertiesFile() {}

  /**
   * One entry.
   *
   * @param key the key, unescaped
   * @param value the value, unescaped
   * @param line the line, from 1, where the entry starts
   */
  record Entry(String key, String value, int line) {}

  /** Why a file could not be read, and on which line. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the bytes are not UTF-8, rather than a line not a properties line. */
    final boolean encoding;
    final int line;

    Malformed(boolean encoding, int line, String message) {
      super(message, null, false, false);
      this.encoding = encoding;
      this.line = line;
    }
  }

  /**
   * The entries of a file.
   *
   * @param bytes the file's bytes, UTF-8 (a leading byte order mark is skipped)
   * @return its entries, in file order
   * @throws Malformed where the bytes are not UTF-8 or an escape is malformed
   */
  static List<Entry> parse(byte[] bytes) throws Malformed {
    return entries(decode(bytes));
  }

  /** The text of UTF-8 bytes; a malformed or unmappable sequence is reported with its line. */
  static String decode(byte[] bytes) throws Malformed {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= at || bytes[i + 1] != '\n')) {
          line++;
        }
      }
      StringBuilder seen = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + result.length()); i++) {
        seen.append(String.format(" %02X", bytes[i] & 0xFF));
      }
      throw new Malformed(true, line, "the bytes" + seen + " at byte " + at
          + " are no UTF-8 character");
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean endOfLine(char c) {
    return c == '\n' || c == '\r';
  }

  /**
   * The entries of a text, split into logical lines first. Properties' own rules, corner cases and
   * all: white space before a line is skipped; a line whose first char is {@code #} or {@code !}
   * is a comment, even right after a continuation that has given nothing yet; a line ending in an
   * odd number of backslashes continues on the next, whose leading white space is skipped; a
   * continuation onto an empty line ends the entry there, or makes none where there was nothing.
   */
  static List<Entry> entries(String text) throws Malformed {
    List<Entry> entries = new ArrayList<>();
    int n = text.length();
    int off = 0;
    int line = 1;
    StringBuilder buffer = new StringBuilder();
    while (true) {
      buffer.setLength(0);
      boolean skipBlank = true;
      boolean continuation = false;
      boolean escaped = false;
      int start = -1;
      while (true) {
        if (off >= n) {
          if (buffer.length() > 0) {
            entries.add(entry(buffer.substring(0, buffer.length() - (escaped ? 1 : 0)),
                start));
          }
          return entries;
        }
        char c = text.charAt(off++);
        boolean newline = endOfLine(c);
        if (skipBlank) {
          if (blank(c)) {
            continue;
          }
          if (!continuation && newline) {
            line += lineBreak(text, off - 1);
            continue;
          }
          skipBlank = false;
          continuation = false;
        }
        if (buffer.length() == 0 && (c == '#' || c == '!')) {
          while (off < n && !endOfLine(text.charAt(off))) {
            off++;
          }
          if (off < n) {
            line += lineBreak(text, off++);
          }
          skipBlank = true;
          continue;
        }
        if (!newline) {
          if (buffer.length() == 0) {
            start = line;
          }
          buffer.append(c);
          escaped = c == '\\' && !escaped;
          continue;
        }
        line += lineBreak(text, off - 1);
        if (buffer.length() == 0) {
          skipBlank = true;
          continue;
        }
        if (off >= n || !escaped) {
          entries.add(entry(buffer.substring(0, buffer.length() - (escaped ? 1 : 0)), start));
          break;
        }
        // A backslash at the end of a line joins the next line to it, without its leading blanks.
        buffer.setLength(buffer.length() - 1);
        skipBlank = true;
        continuation = true;
        escaped = false;
        if (c == '\r' && off < n && text.charAt(off) == '\n') {
          off++;
        }
      }
    }
  }

  /** 1 where the char at {@code at} starts a line break, 0 for the LF of a CR LF. */
  private static int lineBreak(String text, int at) {
    return text.charAt(at) == '\n' && at > 0 && text.charAt(at - 1) == '\r' ? 0 : 1;
  }

  /** A logical line as key and value, split at the first unescaped separator. */
  private static Entry entry(String raw, int line) throws Malformed {
    int keyEnd = raw.length();
    int valueStart = raw.length();
    boolean separator = false;
    boolean escaped = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!escaped && (c == '=' || c == ':')) {
        keyEnd = i;
        valueStart = i + 1;
        separator = true;
        break;
      }
      if (!escaped && blank(c)) {
        keyEnd = i;
        valueStart = i + 1;
        break;
      }
      escaped = c == '\\' && !escaped;
    }
    while (valueStart < raw.length()) {
      char c = raw.charAt(valueStart);
      if (blank(c)) {
        valueStart++;
      } else if (!separator && (c == '=' || c == ':')) {
        separator = true;
        valueStart++;
      } else {
        break;
      }
    }
    return new Entry(unescape(raw.substring(0, keyEnd), line),
        unescape(raw.substring(valueStart), line), line);
  }

  /** An ASCII hex digit's value, or -1: only these, as Properties reads them. */
  private static int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  /** A key's or value's escapes resolved: {@code \t \n \r \f}, {@code \\uXXXX}, else the char. */
  private static String unescape(String raw, int line) throws Malformed {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= raw.length()) {
        // A backslash that ends the file escapes nothing, as Properties has it.
        break;
      }
      c = raw.charAt(i);
      switch (c) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> {
          int value = 0;
          for (int k = 1; k <= 4; k++) {
            int digit = i + k < raw.length() ? hex(raw.charAt(i + k)) : -1;
            if (digit < 0) {
              String seen = raw.substring(i - 1, Math.min(raw.length(), i + 5));
              throw new Malformed(false, line, "\"" + seen + "\" is not a \\uXXXX escape");
            }
            value = value * 16 + digit;
          }
          out.append((char) value);
          i += 4;
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
