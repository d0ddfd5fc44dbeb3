package io.github.errata.processor.internal.model;

import io.github.errata.runtime.internal.DetailTemplate;
import java.util.Map;

/**
 * One language's translation of a catalog, checked against it: a title and a detail template per
 * error, each optional (a missing one falls back to the catalog's own text).
 *
 * @param language the BCP 47 tag, in its canonical form ({@code de}, {@code de-CH})
 * @param file the file it was read from, by name, for messages
 * @param titles the translated titles by error type
 * @param details the translated detail templates by error type, each with exactly the error's
 *     placeholders
 */
public record TranslationModel(
    String language,
    String file,
    Map<String, String> titles,
    Map<String, DetailTemplate> details) {

  /** Whether this language translates anything of the error of a type. */
  public boolean translates(String type) {
    return titles.containsKey(type) || details.containsKey(type);
  }

  /**
   * The translated detail of an error, in the catalog's template syntax, or null where it has
   * none.
   */
  public String detailSource(String type) {
    DetailTemplate detail = details.get(type);
    return detail == null ? null : TemplateSource.of(detail);
  }
}
