package io.github.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one error of an {@link ErrorCatalog}. The annotated method must be abstract, return
 * {@code void}, declare no type parameters and no {@code throws} clause. Its parameters are the
 * error's typed arguments ({@code String}, {@code int}, {@code long}, {@code boolean},
 * {@code double} and their boxes, {@code java.util.UUID}, and enums), and its Javadoc is the
 * error's description.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ApiError {

  /** The HTTP status sent with this error, from 400 to 599. */
  int status();

  /** A short, human title; not blank. It may change at any time, so clients never match on it. */
  String title();

  /**
   * The detail template. {@code {name}} is replaced by the method parameter of that name;
   * {@code {{}} and {@code }}} stand for a literal brace. Every parameter must be used. Empty
   * (the default): the detail is the title.
   */
  String detail() default "";

  /**
   * The stable wire identifier, in UPPER_SNAKE_CASE. Empty (the default): the method name in
   * UPPER_SNAKE_CASE ({@code objectNotFound} gives {@code OBJECT_NOT_FOUND}).
   */
  String type() default "";

  /**
   * This error's own documentation link, an absolute {@code http} or {@code https} URL, which
   * overrides the catalog's {@link ErrorCatalog#docs()}. Empty (the default): the catalog's link.
   */
  String see() default "";

  /** True where a client may retry the same request later (a 429 or a transient 5xx, say). */
  boolean retryable() default false;

  /**
   * Example values of the arguments for the generated documentation: one per parameter, in
   * declaration order, written as they appear in a detail
   * ({@code example = {"task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"}}). Each must read back as
   * its parameter's type: digits for an {@code int}, a constant's name for an enum, and so on.
   * Empty (the default): the example response shows the detail template as written.
   */
  String[] example() default {};

  /**
   * When this error's exception captures a stack trace. Left unset, the catalog's
   * {@link ErrorCatalog#stackTraces()} applies; set, it overrides the catalog for this error.
   */
  StackTrace stackTrace() default StackTrace.BY_STATUS;
}
