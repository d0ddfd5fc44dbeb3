package io.github.errata.processor.compat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A catalog as its clients know it: what the compatibility check compares, and what a baseline
 * file ({@code Q.api.json}) holds.
 *
 * @param qualifiedName the catalog interface's qualified name, such as {@code com.example.JourneyErrors}
 * @param stem the stem of the generated type names, such as {@code Journey}
 * @param wire the wire format's name, such as {@code JSON} or {@code PROBLEM_JSON}
 * @param errors the errors; their order carries no meaning
 * @param retiredTypes types that were removed from the catalog and may not come back, sorted
 */
public record CatalogDescription(
    String qualifiedName, String stem, String wire, List<ErrorDescription> errors,
    List<String> retiredTypes) {

  /** Checks that no two errors share a type or a method, and copies the lists. */
  public CatalogDescription {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(wire, "wire");
    errors = List.copyOf(errors);
    retiredTypes = retiredTypes.stream().sorted().distinct().toList();
    Set<String> types = new HashSet<>();
    Set<String> methods = new HashSet<>();
    for (ErrorDescription error : errors) {
      if (!types.add(error.type())) {
        throw new IllegalArgumentException("two errors have the type " + error.type());
      }
      if (!methods.add(error.method())) {
        throw new IllegalArgumentException("two errors are declared by " + error.method() + "()");
      }
    }
  }

  /** The same catalog with these retired types. */
  public CatalogDescription withRetiredTypes(List<String> retired) {
    return new CatalogDescription(qualifiedName, stem, wire, errors, retired);
  }
}
