package io.github.errata.processor.internal.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A catalog element's Javadoc, split into its description and its {@code @param} texts, so each
 * can go where it belongs in the generated code.
 *
 * @param description the text before the first block tag, or empty
 * @param params the text of each {@code @param} tag, by parameter name
 */
record Javadoc(String description, Map<String, String> params) {

  static Javadoc parse(String comment) {
    if (comment == null) {
      return new Javadoc("", Map.of());
    }
    String text = comment.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
    Map<String, String> params = new LinkedHashMap<>();
    String description = text;
    int firstTag = blockTagStart(text, 0);
    if (firstTag >= 0) {
      description = text.substring(0, firstTag).strip();
      int start = firstTag;
      while (start >= 0) {
        int next = blockTagStart(text, start + 1);
        String tag = text.substring(start, next < 0 ? text.length() : next).strip();
        if (tag.startsWith("@param ")) {
          String[] parts = tag.substring("@param ".length()).strip().split("\\s+", 2);
          params.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
        }
        start = next;
      }
    }
    return new Javadoc(description, Map.copyOf(params));
  }

  /** The {@code @param} text for a parameter, or empty. */
  String param(String name) {
    return params.getOrDefault(name, "");
  }

  /** A block tag starts a line with {@code @}. */
  private static int blockTagStart(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '@' && (i == 0 || text.charAt(i - 1) == '\n')) {
        return i;
      }
    }
    return -1;
  }
}
