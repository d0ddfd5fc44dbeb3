package io.github.errata.processor.compat;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON of the baseline files, laid out for review: one member per line, two spaces an
 * indent, members in the order they were put in, and values marked {@link Inline} on one line (a
 * parameter, an example), so that a change shows as a change of one line.
 */
final class JsonPrinter {

  /** A map or list written on one line. */
  record Inline(Object value) {}

  private final StringBuilder out = new StringBuilder();

  private JsonPrinter() {}

  /** The value as JSON text, with a final newline. */
  static String print(Object value) {
    JsonPrinter printer = new JsonPrinter();
    printer.value(value, 0, false);
    return printer.out.append('\n').toString();
  }

  private void value(Object value, int depth, boolean inline) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Inline marked) {
      value(marked.value(), depth, true);
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      members(map, depth, inline);
    } else if (value instanceof List<?> list) {
      elements(list, depth, inline);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private void members(Map<?, ?> map, int depth, boolean inline) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      next(depth + 1, inline);
      string((String) entry.getKey());
      out.append(": ");
      value(entry.getValue(), depth + 1, inline);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    close('}', depth, inline, map.isEmpty());
  }

  private void elements(List<?> list, int depth, boolean inline) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      next(depth + 1, inline);
      value(list.get(i), depth + 1, inline);
      if (i < list.size() - 1) {
        out.append(',');
      }
    }
    close(']', depth, inline, list.isEmpty());
  }

  private void next(int depth, boolean inline) {
    if (inline) {
      if (out.charAt(out.length() - 1) == ',') {
        out.append(' ');
      }
    } else {
      out.append('\n').append("  ".repeat(depth));
    }
  }

  private void close(char bracket, int depth, boolean inline, boolean empty) {
    if (!inline && !empty) {
      out.append('\n').append("  ".repeat(depth));
    }
    out.append(bracket);
  }

  /** Escapes what JSON requires, and every other control or lone surrogate as {@code \\uXXXX}. */
  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
          if (pair) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
