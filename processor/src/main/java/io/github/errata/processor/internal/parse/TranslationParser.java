package io.github.errata.processor.internal.parse;

import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.TranslationModel;
import io.github.errata.runtime.internal.DetailTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.TypeElement;

/**
 * Reads a catalog's translations from the directory that {@code -Aerrata.translations} names (one
 * file {@code Q_<tag>.properties} per language, for the catalog of qualified name {@code Q}) and
 * checks each against the catalog: every key names an error and its title or detail, and every
 * translated detail has exactly the error's placeholders. Mistakes are errors naming the file and
 * line; what is left untranslated is one note per language.
 */
public final class TranslationParser {

  static final String OPTION = "errata.translations";

  /** The options this step reads, declared by the processor. */
  public static final Set<String> OPTIONS = Set.of(OPTION);

  private static final String SUFFIX = ".properties";

  private final Map<String, String> options;

  /** A parser with the processor's options. */
  public TranslationParser(Map<String, String> options) {
    this.options = options;
  }

  /**
   * The catalog with its translations: itself where the option is not given or no file is for it;
   * null where a file has a mistake, each reported on the catalog.
   */
  public CatalogModel parse(TypeElement catalog, CatalogModel model, Reporter reporter) {
    String option = options.get(OPTION);
    if (option == null || option.isBlank()) {
      return model;
    }
    Path directory;
    try {
      directory = Path.of(option);
    } catch (InvalidPathException e) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_DIRECTORY, option,
          "is not a path (" + e.getMessage() + ")");
      return null;
    }
    if (!Files.isDirectory(directory)) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_DIRECTORY, option,
          "is not a directory (resolved as " + directory.toAbsolutePath() + ")");
      return null;
    }
    String prefix = model.catalogName() + "_";
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files = listed.filter(file -> {
        String name = file.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(SUFFIX)
            && name.length() > prefix.length() + SUFFIX.length();
      }).sorted().collect(Collectors.toList());
    } catch (IOException | RuntimeException e) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_DIRECTORY, option,
          "cannot be listed (" + e + ")");
      return null;
    }
    Map<String, String> byLanguage = new HashMap<>();
    Map<String, TranslationModel> translations = new TreeMap<>();
    boolean failed = false;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String given = name.substring(prefix.length(), name.length() - SUFFIX.length());
      String language = Languages.canonical(given);
      String clash = language == null
          ? "which is not a BCP 47 tag" + (given.contains("_") ? " (tags use -, as in de-CH)" : "")
          : language.equals(model.language())
              ? "which is the catalog's own language (@ErrorCatalog(language = \""
                  + model.language() + "\"))"
              : byLanguage.containsKey(language)
                  ? "which " + byLanguage.get(language) + " gives already" : null;
      if (clash != null) {
        reporter.error(catalog, ErrataMessage.TRANSLATION_LANGUAGE, file, given, clash,
            model.catalogName());
        failed = true;
        continue;
      }
      byLanguage.put(language, name);
      TranslationModel translation = read(catalog, model, file, language, reporter);
      if (translation == null) {
        failed = true;
      } else {
        translations.put(language, translation);
      }
    }
    if (failed) {
      return null;
    }
    for (TranslationModel translation : translations.values()) {
      noteUntranslated(catalog, model, translation, reporter);
    }
    return model.withTranslations(new ArrayList<>(translations.values()));
  }

  /** One file, checked; null where it has a mistake. */
  private TranslationModel read(TypeElement catalog, CatalogModel model, Path file,
      String language, Reporter reporter) {
    List<PropertiesFile.Entry> entries;
    try {
      entries = PropertiesFile.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_FILE, file, e);
      return null;
    } catch (PropertiesFile.Malformed e) {
      reporter.error(catalog, e.encoding ? ErrataMessage.TRANSLATION_ENCODING
          : ErrataMessage.TRANSLATION_SYNTAX, file, e.line, e.getMessage());
      return null;
    }
    Map<String, ErrorModel> errors = new LinkedHashMap<>();
    model.errors().forEach(error -> errors.put(error.type(), error));
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, DetailTemplate> details = new LinkedHashMap<>();
    boolean ok = true;
    for (PropertiesFile.Entry entry : entries) {
      String key = entry.key();
      int line = entry.line();
      int dot = key.lastIndexOf('.');
      if (dot <= 0) {
        reporter.error(catalog, ErrataMessage.TRANSLATION_KEY, file, line, key,
            "write, say, " + model.errors().get(0).type() + ".title");
        ok = false;
        continue;
      }
      String type = key.substring(0, dot);
      String member = key.substring(dot + 1);
      ErrorModel error = errors.get(type);
      if (error == null) {
        String near = Spelling.nearest(type, errors.keySet());
        reporter.error(catalog, ErrataMessage.TRANSLATION_UNKNOWN_ERROR, file, line, type,
            model.catalogName(), near == null ? "" : " (did you mean " + near + "?)");
        ok = false;
        continue;
      }
      if (!member.equals("title") && !member.equals("detail")) {
        reporter.error(catalog, ErrataMessage.TRANSLATION_UNKNOWN_MEMBER, file, line, member, type,
            type, type);
        ok = false;
        continue;
      }
      Integer first = seen.putIfAbsent(key, line);
      if (first != null) {
        reporter.error(catalog, ErrataMessage.TRANSLATION_DUPLICATE, file, line, key, first);
        ok = false;
        continue;
      }
      if (member.equals("title")) {
        if (entry.value().isBlank()) {
          reporter.error(catalog, ErrataMessage.TRANSLATION_BLANK_TITLE, file, line, type);
          ok = false;
        } else {
          titles.put(type, entry.value());
        }
      } else {
        DetailTemplate detail = detail(catalog, file, line, error, entry.value(), reporter);
        if (detail == null) {
          ok = false;
        } else {
          details.put(type, detail);
        }
      }
    }
    return ok ? new TranslationModel(language, file.getFileName().toString(),
        ordered(model, titles), ordered(model, details)) : null;
  }

  /** A map in the catalog's order of errors, whatever the file's order. */
  private static <V> Map<String, V> ordered(CatalogModel model, Map<String, V> byType) {
    Map<String, V> ordered = new LinkedHashMap<>();
    for (ErrorModel error : model.errors()) {
      if (byType.containsKey(error.type())) {
        ordered.put(error.type(), byType.get(error.type()));
      }
    }
    return ordered;
  }

  /** A translated detail, checked against the error's parameters; null where it has a mistake. */
  private static DetailTemplate detail(TypeElement catalog, Path file, int line, ErrorModel error,
      String text, Reporter reporter) {
    DetailTemplate detail;
    try {
      if (text.isBlank()) {
        throw new IllegalArgumentException("is blank");
      }
      detail = DetailTemplate.parse(text);
    } catch (IllegalArgumentException e) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_TEMPLATE, file, line, text, e.getMessage());
      return null;
    }
    Set<String> parameters = new LinkedHashSet<>();
    error.parameters().forEach(parameter -> parameters.add(parameter.name()));
    Set<String> used = new LinkedHashSet<>(detail.placeholders());
    Set<String> unknown = new LinkedHashSet<>(used);
    unknown.removeAll(parameters);
    Set<String> missing = new LinkedHashSet<>(parameters);
    missing.removeAll(used);
    if (unknown.size() == 1 && missing.size() == 1) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_MISSPELT_PLACEHOLDER, file, line,
          unknown.iterator().next(), error.type(), error.methodName(), missing.iterator().next());
      return null;
    }
    for (String name : unknown) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_UNKNOWN_PLACEHOLDER, file, line, name,
          error.type(), error.methodName(),
          parameters.isEmpty() ? "it has none" : "it has " + String.join(", ", parameters));
    }
    for (String name : missing) {
      reporter.error(catalog, ErrataMessage.TRANSLATION_MISSING_PLACEHOLDER, file, line,
          error.type(), name, error.methodName(), name);
    }
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      return null;
    }
    if (detail.hasAdjacentPlaceholders()) {
      reporter.warning(catalog, null, null, ErrataMessage.TRANSLATION_AMBIGUOUS, file, line, text);
    }
    return detail;
  }

  /**
   * One note per language listing what it leaves in the catalog's language: a missing title, or a
   * missing detail of an error whose detail is not its title. Never a warning: a partial
   * translation is work in progress, and builds use -Werror.
   */
  private static void noteUntranslated(TypeElement catalog, CatalogModel model,
      TranslationModel translation, Reporter reporter) {
    List<String> untranslated = new ArrayList<>();
    for (ErrorModel error : model.errors()) {
      boolean title = translation.titles().containsKey(error.type());
      boolean detail = error.detailIsTitle() || translation.details().containsKey(error.type());
      if (!title || !detail) {
        untranslated.add(error.type() + (title ? " (detail)" : detail ? " (title)" : ""));
      }
    }
    if (!untranslated.isEmpty()) {
      reporter.note(catalog, ErrataMessage.TRANSLATION_UNTRANSLATED, translation.file(),
          translation.language(), untranslated.size(), model.errors().size(),
          model.catalogName(), model.language(), String.join(", ", untranslated));
    }
  }
}
