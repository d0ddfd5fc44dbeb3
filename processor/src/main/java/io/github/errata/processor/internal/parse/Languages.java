package io.github.errata.processor.internal.parse;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags as the catalog and the translation files name them. */
final class Languages {
  private Languages() {}

  /**
   * A tag in its canonical form ({@code EN} gives {@code en}, {@code pt-br} gives {@code pt-BR}),
   * or null where it is not a well-formed tag naming a language.
   */
  static String canonical(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("und")) {
        return null;
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }
}
