package io.github.errata.processor.internal.model;

/**
 * The kinds of value an error argument can be: each is written into a detail by its string form
 * (an enum by its name) and read back by its own parser.
 */
public enum ParameterKind {
  STRING,
  INT,
  LONG,
  BOOLEAN,
  DOUBLE,
  UUID,
  ENUM
}
