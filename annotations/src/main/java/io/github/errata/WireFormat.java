package io.github.errata;

/** The shape of an error body on the wire, chosen once per catalog. */
public enum WireFormat {

  /**
   * The body {@code {"type", "title", "detail", "see"}} sent as {@code application/json}, where
   * {@code type} is a stable identifier such as {@code OBJECT_NOT_FOUND}.
   */
  JSON,

  /**
   * RFC 9457 problem details sent as {@code application/problem+json}: {@code type} is the
   * error's documentation URI, {@code status} repeats the HTTP status, and each typed argument is a
   * member of its own.
   */
  PROBLEM_JSON
}
