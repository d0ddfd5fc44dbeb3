package io.github.errata.processor.internal.model;

import java.util.List;

/**
 * A validated catalog: everything the outputs need, as plain data.
 *
 * @param catalogName the catalog interface's canonical name, as the user wrote it
 * @param names the names of every type generated for the catalog
 * @param docs the catalog's documentation base URL, or empty
 * @param description the catalog's Javadoc, or empty
 * @param wire the body's format: its members, their order, what is left out, its media type
 * @param errors the errors, in declaration order
 * @param jackson the Jackson databinds on the compile classpath, each of which gets its module
 * @param restClient whether the MicroProfile REST Client API is on the compile classpath, so the
 *     catalog gets its {@code ResponseExceptionMapper}
 * @param language the language the catalog is written in, a BCP 47 tag in its canonical form
 * @param translations the catalog's translations, by language tag in the order of the tags; empty
 *     where there are none
 */
public record CatalogModel(
    String catalogName,
    GeneratedNames names,
    String docs,
    String description,
    WireModel wire,
    List<ErrorModel> errors,
    List<JacksonFlavour> jackson,
    boolean restClient,
    String language,
    List<TranslationModel> translations) {

  /**
   * The most errors generated as an enum. javac initialises all of an enum's constants in one
   * method, whose bytecode the JVM caps at 64 KiB.
   */
  public static final int ENUM_CAPACITY = 2000;

  /**
   * The most errors a catalog may declare. Past {@link #ENUM_CAPACITY} the error type is a final
   * class whose constants take a few bytes each of its initialiser, which the same cap bounds.
   */
  public static final int MAX_ERRORS = 6000;

  /** Generated code that would grow with the catalog is split into methods of this many errors. */
  public static final int CHUNK = 500;

  /**
   * The same catalog with its translations.
   *
   * @param translations the translations, sorted by language tag
   * @return the catalog with them
   */
  public CatalogModel withTranslations(List<TranslationModel> translations) {
    return new CatalogModel(catalogName, names, docs, description, wire, errors, jackson, restClient,
        language, List.copyOf(translations));
  }

  /** Every language the catalog speaks: its own first, then its translations'. */
  public List<String> languages() {
    List<String> all = new java.util.ArrayList<>();
    all.add(language);
    translations.forEach(translation -> all.add(translation.language()));
    return List.copyOf(all);
  }

  /** Whether the error type is an enum, as it is for every catalog up to {@link #ENUM_CAPACITY}. */
  public boolean errorsAsEnum() {
    return errors.size() <= ENUM_CAPACITY;
  }
}
