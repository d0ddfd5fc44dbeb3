package io.github.errata.processor;

/**
 * Escapes text for a JSON string exactly as the generated direct path does at run time, and as
 * jackson-core's UTF-8 generator does through the codec: so the fragments the processor computes
 * and the bytes Jackson writes are the same. Quotes, backslashes and control characters are
 * escaped (the five short forms, else {@code \\u00XX}), every surrogate is written {@code \\uXXXX}
 * (Jackson does so even for a pair), and other non-ASCII stays as it is; where the text holds a
 * lone surrogate, the codec escapes all of its non-ASCII.
 */
final class JsonEscaper {

  private static final String HEX = "0123456789ABCDEF";

  private JsonEscaper() {}

  /** The escaped text, without the surrounding quotes. */
  static String escape(String text) {
    boolean asciiOnly = hasLoneSurrogate(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || (c >= 0x80 && (asciiOnly || Character.isSurrogate(c)))) {
            out.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 0xF))
                .append(HEX.charAt((c >> 4) & 0xF)).append(HEX.charAt(c & 0xF));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  static boolean hasSurrogate(String text) {
    return text.chars().anyMatch(c -> Character.isSurrogate((char) c));
  }

  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
