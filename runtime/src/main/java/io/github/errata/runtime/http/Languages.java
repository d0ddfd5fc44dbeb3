package io.github.errata.runtime.http;

import java.util.List;
import java.util.Locale;

/** Chooses the language of a response from a request's {@code Accept-Language}. */
final class Languages {
  private Languages() {}

  /**
   * The best of the offered languages for an {@code Accept-Language} header: its ranges by
   * q-value, highest first, each matched by RFC 4647 lookup ({@code de-CH} falls back to
   * {@code de}; {@code *} and {@code q=0} match nothing); the first offered where none matches,
   * or the header is missing or malformed.
   *
   * @param acceptLanguage the header, or null
   * @param offered BCP 47 tags, the default first
   * @return one of {@code offered}, as offered
   */
  static String choose(String acceptLanguage, List<String> offered) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return offered.get(0);
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      // Not a list of language ranges: answered as a request that names no language.
      return offered.get(0);
    }
    String tag = Locale.lookupTag(
        ranges.stream().filter(range -> range.getWeight() > 0).toList(), offered);
    if (tag == null) {
      return offered.get(0);
    }
    for (String language : offered) {
      if (language.equalsIgnoreCase(tag)) {
        return language;
      }
    }
    return offered.get(0);
  }
}
