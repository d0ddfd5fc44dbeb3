package io.github.errata.processor.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A small catalog description to compare, and edits of it, for the compatibility tests. */
final class Descriptions {

  static final String CATALOG = "com.example.JourneyErrors";

  private Descriptions() {}

  /** Version A: the seed's errors, one of them with parameters, one retryable. */
  static CatalogDescription journey() {
    return new CatalogDescription(CATALOG, "Journey", "JSON", List.of(
        new ErrorDescription("objectNotFound", "OBJECT_NOT_FOUND", 404, false,
            List.of(new ParameterDescription("objectType", "String"),
                new ParameterDescription("id", "java.util.UUID")),
            "No {objectType} found with ID: '{id}'", "Object not found.",
            "https://docs.example.com/errors#OBJECT_NOT_FOUND",
            "The object could not be found.", "skipped", List.of("task", "c3d5")),
        new ErrorDescription("internalServerError", "INTERNAL_SERVER_ERROR", 500, true, List.of(),
            "An internal server error has occurred.", "Oops! Something went wrong.",
            "https://docs.example.com/errors#INTERNAL_SERVER_ERROR", "Retry later.", "captured",
            List.of()),
        new ErrorDescription("rateLimited", "RATE_LIMITED", 429, true,
            List.of(new ParameterDescription("seconds", "int"),
                new ParameterDescription("plan", "enum com.example.Plan")),
            "Retry in {seconds} s ({plan} plan).", "Too many requests.", "", "", "skipped",
            List.of())),
        List.of());
  }

  /** The catalog with the error declared by {@code method} edited. */
  static CatalogDescription edit(CatalogDescription catalog, String method,
      UnaryOperator<ErrorEdit> edit) {
    List<ErrorDescription> errors = new ArrayList<>();
    for (ErrorDescription error : catalog.errors()) {
      errors.add(error.method().equals(method) ? edit.apply(new ErrorEdit(error)).build() : error);
    }
    return new CatalogDescription(catalog.qualifiedName(), catalog.stem(), catalog.wire(), errors,
        catalog.retiredTypes());
  }

  /** The catalog without the error declared by {@code method}. */
  static CatalogDescription remove(CatalogDescription catalog, String method) {
    return new CatalogDescription(catalog.qualifiedName(), catalog.stem(), catalog.wire(),
        catalog.errors().stream().filter(e -> !e.method().equals(method)).toList(),
        catalog.retiredTypes());
  }

  /** The catalog with one more error. */
  static CatalogDescription add(CatalogDescription catalog, ErrorDescription error) {
    List<ErrorDescription> errors = new ArrayList<>(catalog.errors());
    errors.add(error);
    return new CatalogDescription(catalog.qualifiedName(), catalog.stem(), catalog.wire(), errors,
        catalog.retiredTypes());
  }

  /** A plain error without parameters. */
  static ErrorDescription plain(String method, String type, int status) {
    return new ErrorDescription(method, type, status, false, List.of(), "", "A title.", "", "",
        "skipped", List.of());
  }

  /** A copy of an error with setters, for the edits a test makes. */
  static final class ErrorEdit {
    String method;
    String type;
    int status;
    boolean retryable;
    List<ParameterDescription> parameters;
    String detail;
    String title;
    String link;
    String description;
    String stackTrace;
    List<String> example;

    ErrorEdit(ErrorDescription e) {
      method = e.method();
      type = e.type();
      status = e.status();
      retryable = e.retryable();
      parameters = e.parameters();
      detail = e.detail();
      title = e.title();
      link = e.link();
      description = e.description();
      stackTrace = e.stackTrace();
      example = e.example();
    }

    ErrorEdit method(String value) {
      method = value;
      return this;
    }

    ErrorEdit type(String value) {
      type = value;
      return this;
    }

    ErrorEdit status(int value) {
      status = value;
      return this;
    }

    ErrorEdit retryable(boolean value) {
      retryable = value;
      return this;
    }

    /** Parameters as alternating names and types. */
    ErrorEdit parameters(String... namesAndTypes) {
      List<ParameterDescription> list = new ArrayList<>();
      for (int i = 0; i < namesAndTypes.length; i += 2) {
        list.add(new ParameterDescription(namesAndTypes[i], namesAndTypes[i + 1]));
      }
      parameters = list;
      return this;
    }

    ErrorEdit detail(String value) {
      detail = value;
      return this;
    }

    ErrorEdit title(String value) {
      title = value;
      return this;
    }

    ErrorEdit link(String value) {
      link = value;
      return this;
    }

    ErrorEdit description(String value) {
      description = value;
      return this;
    }

    ErrorEdit stackTrace(String value) {
      stackTrace = value;
      return this;
    }

    ErrorEdit example(String... values) {
      example = List.of(values);
      return this;
    }

    ErrorDescription build() {
      return new ErrorDescription(method, type, status, retryable, parameters, detail, title, link,
          description, stackTrace, example);
    }
  }
}
