package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One error of a catalog as data: what generated code declares once per error, and everything
 * the runtime needs to write its body, format its detail and read it back.
 */
public final class ErrorSpec {
  private final WireFormat wire;
  private final String type;
  private final int status;
  private final String title;
  private final String see;
  private final boolean retryable;
  private final boolean captureStackTrace;
  private final List<String> parameterNames;
  private final List<String> literals;

  /**
   * Declares an error.
   *
   * @param wire the catalog's wire format
   * @param type the stable identifier
   * @param status the HTTP status
   * @param title the title
   * @param see the documentation link, or null
   * @param retryable whether a client may retry
   * @param captureStackTrace whether a thrown exception captures its stack trace
   * @param parameterNames the typed arguments' names, in declaration order
   * @param literals the detail template's text before, between and after its placeholders: one
   *     more than the placeholders; a template without placeholders is one literal
   */
  public ErrorSpec(WireFormat wire, String type, int status, String title, String see,
      boolean retryable, boolean captureStackTrace, List<String> parameterNames,
      List<String> literals) {
    this.wire = wire;
    this.type = type;
    this.status = status;
    this.title = title;
    this.see = see;
    this.retryable = retryable;
    this.captureStackTrace = captureStackTrace;
    this.parameterNames = List.copyOf(parameterNames);
    this.literals = List.copyOf(literals);
  }

  public String type() {
    return type;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String see() {
    return see;
  }

  public boolean retryable() {
    return retryable;
  }

  public boolean captureStackTrace() {
    return captureStackTrace;
  }

  public WireFormat wire() {
    return wire;
  }

  /** The body's media type. */
  public String mediaType() {
    return wire == WireFormat.PROBLEM_JSON ? "application/problem+json" : "application/json";
  }

  /**
   * The detail for these arguments. Placeholders are in the order of the template; this skeleton
   * takes them in parameter order.
   */
  public String detail(Object[] arguments) {
    StringBuilder out = new StringBuilder(literals.get(0));
    for (int i = 1; i < literals.size(); i++) {
      Object value = arguments[i - 1];
      out.append(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
      out.append(literals.get(i));
    }
    return out.toString();
  }

  /** The arguments by parameter name, in declaration order. */
  public Map<String, Object> argumentMap(Object[] arguments) {
    if (parameterNames.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < parameterNames.size(); i++) {
      map.put(parameterNames.get(i), arguments == null ? null : arguments[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The body of an exception made by the server. */
  public byte[] toJsonBytes(Object[] arguments, String instance) {
    return JsonWriter.body(type, title, detail(arguments), see, Map.of());
  }
}
