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

  /** The entries of a text, split into logical lines first. */
  static List<Entry> entries(String text) throws Malformed {
    List<Entry> entries = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int line = 1;
    while (i < n) {
      while (i < n && blank(text.charAt(i))) {
        i++;
      }
      if (i < n && endOfLine(text.charAt(i))) {
        i = afterLineEnd(text, i);
        line++;
        continue;
      }
      if (i >= n) {
        break;
      }
      int start = line;
      if (text.charAt(i) == '#' || text.charAt(i) == '!') {
        while (i < n && !endOfLine(text.charAt(i))) {
          i++;
        }
        continue;
      }
      StringBuilder logical = new StringBuilder();
      while (true) {
        int end = i;
        while (end < n && !endOfLine(text.charAt(end))) {
          end++;
        }
        int backslashes = 0;
        while (end - backslashes - 1 >= i && text.charAt(end - backslashes - 1) == '\\') {
          backslashes++;
        }
        boolean continued = backslashes % 2 == 1;
        logical.append(text, i, continued ? end - 1 : end);
        i = end < n ? afterLineEnd(text, end) : end;
        if (end < n) {
          line++;
        }
        if (!continued || end >= n) {
          break;
        }
        // A continuation line's leading white space is not part of the value.
        while (i < n && blank(text.charAt(i))) {
          i++;
        }
      }
      entries.add(entry(logical.toString(), start));
    }
    return entries;
  }

  private static int afterLineEnd(String text, int at) {
    return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n'
        ? at + 2 : at + 1;
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
