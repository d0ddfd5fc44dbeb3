package io.github.errata.processor.compat;

import java.util.Objects;

/**
 * One typed argument of an {@link ErrorDescription}.
 *
 * @param name the parameter's name, also its accessor's
 * @param type the type as a stable string: {@code String}, {@code int}, {@code Integer},
 *     {@code java.util.UUID}, or {@code enum} and the enum's qualified name ({@code enum com.example.Currency})
 */
public record ParameterDescription(String name, String type) {

  /** Checks that neither part is null. */
  public ParameterDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
