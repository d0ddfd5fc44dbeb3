package io.github.errata.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail templates of {@link JourneyErrors}, copied by hand (the catalog's annotations are
 * not kept at run time), each with the exception it makes, and a slow, plainly correct reading of
 * a detail against them: the oracle that the fuzz tests hold the generated code to.
 */
final class ErrorTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private static final List<Template> ALL = List.of(
      new Template(JourneyError.AUTHENTICATION_FAILED, AuthenticationFailedException.class,
          "HTTP Basic: Access denied.", a -> new AuthenticationFailedException()),
      new Template(JourneyError.INTERNAL_SERVER_ERROR, InternalServerErrorException.class,
          "An internal server error has occurred.", a -> new InternalServerErrorException()),
      new Template(JourneyError.OBJECT_NOT_FOUND, ObjectNotFoundException.class,
          "No {objectType} found with ID: '{id}'",
          a -> new ObjectNotFoundException(a.get("objectType"), a.get("id"))),
      new Template(JourneyError.INVALID_VALUE, InvalidValueException.class,
          "Invalid option \"{option}\" for field '{field}'.",
          a -> new InvalidValueException(a.get("option"), a.get("field"))),
      new Template(JourneyError.INVALID_API_REQUEST, InvalidApiRequestException.class,
          "{problem}", a -> new InvalidApiRequestException(a.get("problem"))),
      new Template(JourneyError.ROUTE_ERROR, RouteErrorException.class,
          "No route matches [{method}] {path}",
          a -> new RouteErrorException(a.get("method"), a.get("path"))),
      new Template(JourneyError.ACCOUNT_NOT_FOUND, AccountNotFoundException.class,
          "Could not find account '{accountId}'.",
          a -> new AccountNotFoundException(a.get("accountId"))),
      new Template(JourneyError.BATCH_ABORTED, BatchAbortedException.class,
          "Skipping this operation because a previous operation in this batch failed.",
          a -> new BatchAbortedException()),
      new Template(JourneyError.TOO_MANY_REQUESTS, TooManyRequestsException.class,
          "Request rate limit exceeded for this account. Try again later.",
          a -> new TooManyRequestsException()));

  /**
   * The German title and detail of each error, copied by hand from
   * {@code src/main/errata/translations/io.github.errata.sample.JourneyErrors_de.properties}.
   */
  private static final Map<JourneyError, List<String>> GERMAN = Map.of(
      JourneyError.AUTHENTICATION_FAILED, List.of("HTTP Basic: Zugriff verweigert.",
          "HTTP Basic: Zugriff verweigert."),
      JourneyError.INTERNAL_SERVER_ERROR, List.of("Hoppla! Etwas ist schiefgelaufen.",
          "Ein interner Serverfehler ist aufgetreten."),
      JourneyError.OBJECT_NOT_FOUND, List.of("Objekt nicht gefunden.",
          "Kein {objectType} mit der ID '{id}' gefunden."),
      JourneyError.INVALID_VALUE, List.of("Ungültiger Wert angegeben.",
          "Ungültige Option \"{option}\" für das Feld '{field}'."),
      JourneyError.INVALID_API_REQUEST, List.of("Ungültiges JSON.",
          "Ungültige Anfrage: {problem}"),
      JourneyError.ROUTE_ERROR, List.of("Routenfehler.",
          "Keine Route passt zu [{method}] {path}"),
      JourneyError.ACCOUNT_NOT_FOUND, List.of("Konto nicht gefunden.",
          "Das Konto '{accountId}' wurde nicht gefunden."),
      JourneyError.BATCH_ABORTED, List.of("Stapelverarbeitung wegen eines Fehlers abgebrochen.",
          "Dieser Vorgang wird übersprungen, weil ein vorheriger Vorgang dieses Stapels"
              + " fehlgeschlagen ist."),
      JourneyError.TOO_MANY_REQUESTS, List.of("Zu viele Anfragen.",
          "Das Anfragelimit für dieses Konto ist überschritten. Versuchen Sie es später erneut."));

  private ErrorTemplates() {
  }

  /** Every error of the catalog, in declaration order. */
  static List<Template> all() {
    return ALL;
  }

  /** The error whose wire type is exactly this, or null: found without the generated lookup. */
  static Template byType(String type) {
    return ALL.stream().filter(t -> t.error().type().equals(type)).findFirst().orElse(null);
  }

  /** The text between, before and after the placeholders of every template, without repeats. */
  static List<String> literals() {
    return ALL.stream().flatMap(t -> t.literals().stream()).distinct().toList();
  }

  /**
   * One error's detail template: the names of its placeholders in order, the literal text around
   * them (one more than the names), and how to make the exception from its arguments by name.
   */
  record Template(JourneyError error, Class<? extends JourneyException> exceptionClass, String detail,
      Function<Map<String, String>, JourneyException> create) {

    /** The German title. */
    String germanTitle() {
      return GERMAN.get(error).get(0);
    }

    /** The same error with its German detail template. */
    Template german() {
      return new Template(error, exceptionClass, GERMAN.get(error).get(1), create);
    }

    /**
     * What the decoder reads out of a detail in any of the catalog's languages: the language
     * whose title the body carries first (English where the title is English, or missing), then
     * the other; a language's reading counts where it is the only one.
     */
    Map<String, Object> argumentsReadInAnyLanguage(String title, String text) {
      boolean germanFirst = title != null && !title.equals(error.title())
          && title.equals(germanTitle());
      List<Template> order = germanFirst ? List.of(german(), this) : List.of(this, german());
      for (Template template : order) {
        if (!template.names().isEmpty() && template.readings(text).size() == 1) {
          return template.argumentsRead(text);
        }
      }
      return argumentsRead(text);
    }

    /** The placeholder names, in the order they appear; in this catalog that is parameter order. */
    List<String> names() {
      List<String> names = new ArrayList<>();
      Matcher matcher = PLACEHOLDER.matcher(detail);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }

    /** The literal text before, between and after the placeholders. */
    List<String> literals() {
      return Arrays.asList(PLACEHOLDER.split(detail, -1));
    }

    /** The detail a server writes for these arguments: each as {@code String.valueOf} writes it. */
    String fill(Map<String, String> arguments) {
      StringBuilder out = new StringBuilder();
      Matcher matcher = PLACEHOLDER.matcher(detail);
      while (matcher.find()) {
        matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(arguments.get(matcher.group(1)))));
      }
      return matcher.appendTail(out).toString();
    }

    /**
     * Every way the detail fits this template, stopping at two: each reading is the text of every
     * placeholder. Tries each place each literal occurs, so it is slow, and plainly right.
     */
    List<List<String>> readings(String text) {
      List<String> literals = literals();
      List<List<String>> found = new ArrayList<>();
      if (literals.size() == 1) {
        if (text.equals(literals.get(0))) {
          found.add(List.of());
        }
      } else if (text.startsWith(literals.get(0))) {
        read(text, literals, 1, literals.get(0).length(), new ArrayList<>(), found);
      }
      return found;
    }

    private static void read(String text, List<String> literals, int next, int from,
        List<String> texts, List<List<String>> found) {
      String literal = literals.get(next);
      if (next == literals.size() - 1) {
        // The last literal ends the detail.
        int at = text.length() - literal.length();
        if (at >= from && text.endsWith(literal)) {
          List<String> reading = new ArrayList<>(texts);
          reading.add(text.substring(from, at));
          found.add(reading);
        }
        return;
      }
      for (int at = from; at + literal.length() <= text.length() && found.size() < 2; at++) {
        if (text.startsWith(literal, at)) {
          texts.add(text.substring(from, at));
          read(text, literals, next + 1, at + literal.length(), texts, found);
          texts.remove(texts.size() - 1);
        }
      }
    }

    /**
     * What the README promises the decoder reads out of a received detail: the text of each
     * placeholder where the detail fits the template in exactly one way, null for all of them
     * otherwise. (Every argument of this catalog is a {@code String}, so every text writes back
     * as itself, {@code "null"} included.)
     */
    Map<String, Object> argumentsRead(String text) {
      List<List<String>> readings = readings(text);
      List<String> names = names();
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        arguments.put(names.get(i), readings.size() == 1 ? readings.get(0).get(i) : null);
      }
      return Collections.unmodifiableMap(arguments);
    }
  }
}
