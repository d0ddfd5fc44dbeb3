package io.github.errata.processor.internal.parse;

import java.util.regex.Pattern;

/** How names are derived from the catalog: types from method names, stems from interface names. */
final class NameRules {

  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  private NameRules() {}

  /** {@code objectNotFound} gives {@code OBJECT_NOT_FOUND}; {@code getURLFailed} gives {@code GET_URL_FAILED}. */
  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char before = camel.charAt(i - 1);
        boolean nextIsLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (Character.isLowerCase(before) || Character.isDigit(before)
            || (Character.isUpperCase(before) && nextIsLower)) {
          out.append('_');
        }
      }
      if (c == '_' && out.length() > 0 && out.charAt(out.length() - 1) == '_') {
        continue;
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  static boolean isUpperSnake(String type) {
    return UPPER_SNAKE.matcher(type).matches();
  }

  /** {@code JourneyErrors} gives {@code Journey}: the trailing Errors, Error or Catalog removed. */
  static String stemOf(String interfaceName) {
    for (String suffix : new String[] {"Errors", "Error", "Catalog"}) {
      if (interfaceName.endsWith(suffix)) {
        return interfaceName.substring(0, interfaceName.length() - suffix.length());
      }
    }
    return interfaceName;
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
