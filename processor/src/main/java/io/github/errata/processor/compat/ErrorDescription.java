package io.github.errata.processor.compat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One error of a {@link CatalogDescription}, as its clients know it.
 *
 * @param method the name of the catalog method that declares it, such as {@code objectNotFound}
 * @param type the wire identifier, such as {@code OBJECT_NOT_FOUND}
 * @param status the HTTP status
 * @param retryable whether a client may retry
 * @param parameters the typed arguments, in declaration order
 * @param detail the detail template as the catalog writes it ({@code {name}}, {@code {{}}, {@code }}})
 * @param title the title
 * @param link the documentation link, or empty where there is none
 * @param description the method's Javadoc, or empty
 * @param stackTrace whether its exception captures a stack trace: {@code captured} or {@code skipped}
 * @param example the example values of the arguments, one per parameter, or empty
 */
public record ErrorDescription(
    String method, String type, int status, boolean retryable, List<ParameterDescription> parameters,
    String detail, String title, String link, String description, String stackTrace,
    List<String> example) {

  /** Checks that no two parameters share a name, and copies the lists. */
  public ErrorDescription {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(stackTrace, "stackTrace");
    parameters = List.copyOf(parameters);
    example = List.copyOf(example);
    Set<String> names = new HashSet<>();
    for (ParameterDescription parameter : parameters) {
      if (!names.add(parameter.name())) {
        throw new IllegalArgumentException(method + "() has two parameters named " + parameter.name());
      }
    }
  }
}
