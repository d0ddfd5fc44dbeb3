package io.github.errata.processor.internal.parse;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags as the catalog and the translation files name them. */
final class Languages {
  private Languages() {}

  private static final java.util.Set<String> ISO_639_1 = java.util.Set.of(Locale.getISOLanguages());

  /**
   * A tag in its canonical form ({@code EN} gives {@code en}, {@code pt-br} gives {@code pt-BR}),
   * or null where it is not a well-formed tag naming a language (a two-letter one of ISO 639-1, or
   * three letters).
   */
  static String canonical(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      String language = locale.getLanguage();
      // BCP 47 allows 5 to 8 letters for languages registered in future; none is, so "English"
      // is a mistake. A two-letter code must be ISO 639-1's; three letters are taken as ISO 639-2/3.
      if (language.length() < 2 || language.length() > 3 || language.equals("und")
          || language.length() == 2 && !ISO_639_1.contains(language)) {
        return null;
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }
}
