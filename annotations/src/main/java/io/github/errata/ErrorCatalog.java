package io.github.errata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as an HTTP API's error catalog: each abstract method, annotated with
 * {@link ApiError}, is one error of the API, and its parameters are the error's typed arguments.
 *
 * <p>At compile time the Errata processor generates from the catalog, in the catalog's package,
 * an error enum, a sealed exception hierarchy, a wire body record, a Jackson module, a client-side
 * decoder and constants for each error's documentation link. Their names start with the catalog's
 * stem (see {@link #name()}).
 *
 * <pre>{@code
 * @ErrorCatalog(docs = "https://docs.journeyapps.com/api-errors")
 * public interface JourneyErrors {
 *   @ApiError(status = 404, title = "Object not found.", detail = "No {objectType} found with ID: '{id}'")
 *   void objectNotFound(String objectType, String id);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorCatalog {

  /**
   * The base URL of the error documentation, an absolute {@code http} or {@code https} URL. An
   * error's {@code see} link is {@code docs + "#" + type} unless the error gives its own. Empty
   * (the default): errors have no link unless they give one, and bodies leave {@code see} out.
   */
  String docs() default "";

  /**
   * The stem of the generated type names ({@code Journey} gives {@code JourneyError},
   * {@code JourneyException}, ...). Empty (the default): the interface's simple name with a
   * trailing {@code Errors}, {@code Error} or {@code Catalog} removed.
   */
  String name() default "";

  /**
   * When the generated exceptions capture a stack trace. Defaults to {@link StackTrace#BY_STATUS}:
   * 4xx errors skip the capture, 5xx errors keep it.
   */
  StackTrace stackTraces() default StackTrace.BY_STATUS;

  /**
   * The shape of the bodies on the wire. Defaults to {@link WireFormat#JSON}, the body
   * {@code {"type", "title", "detail", "see"}}; {@link WireFormat#PROBLEM_JSON} is RFC 9457, where
   * every error needs an absolute link (its {@code type} URI) and each typed argument is a member.
   */
  WireFormat wire() default WireFormat.JSON;

  /**
   * The language the catalog's titles and details are written in, as a BCP 47 tag such as
   * {@code en} or {@code de-CH}. Translations into other languages are properties files found
   * through the processor option {@code errata.translations}; the exception's own message, and so
   * every log line, stays in this language. Defaults to {@code en}.
   */
  String language() default "en";
}
