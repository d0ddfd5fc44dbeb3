package io.github.errata.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Writes JSON text, escaped as jackson-core's UTF-8 generator escapes it. */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();

  private JsonWriter() {}

  /** A body of the seed's format: the four members, then the extensions. */
  public static byte[] body(String type, String title, String detail, String see,
      Map<String, Object> extensions) {
    JsonWriter json = new JsonWriter();
    json.out.append('{');
    boolean first = json.member(true, "type", type);
    first = json.member(first, "title", title);
    first = json.member(first, "detail", detail);
    first = json.member(first, "see", see);
    for (Map.Entry<String, Object> e : extensions.entrySet()) {
      if (!first) {
        json.out.append(',');
      }
      first = false;
      json.string(e.getKey());
      json.out.append(':');
      json.value(e.getValue());
    }
    json.out.append('}');
    return json.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private boolean member(boolean first, String name, String value) {
    if (value == null) {
      return first;
    }
    if (!first) {
      out.append(',');
    }
    string(name);
    out.append(':');
    string(value);
    return false;
  }

  private void value(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Number number) {
      double d = number.doubleValue();
      if (Double.isFinite(d)) {
        out.append(number);
      } else {
        string(number.toString());
      }
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(String.valueOf(e.getKey()));
        out.append(':');
        value(e.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(list.get(i));
      }
      out.append(']');
    } else {
      string(value.toString());
    }
  }

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
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
