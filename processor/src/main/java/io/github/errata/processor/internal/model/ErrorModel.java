package io.github.errata.processor.internal.model;

import com.palantir.javapoet.ClassName;
import io.github.errata.runtime.internal.DetailTemplate;
import java.util.List;

/**
 * One validated error of a catalog.
 *
 * @param methodName the catalog method that declares it
 * @param type the wire identifier, also the name of its enum constant and link constant
 * @param status the HTTP status
 * @param title the title
 * @param detail the parsed detail template
 * @param see the documentation link, or null where there is none
 * @param retryable whether a client may retry
 * @param captureStackTrace whether its exception captures a stack trace
 * @param description the method's Javadoc, or empty
 * @param parameters the typed arguments, in declaration order
 * @param example example values of the arguments for documentation, one per parameter, or empty
 * @param exceptionName the generated exception subclass
 */
public record ErrorModel(
    String methodName,
    String type,
    int status,
    String title,
    DetailTemplate detail,
    String see,
    boolean retryable,
    boolean captureStackTrace,
    String description,
    List<ParameterModel> parameters,
    List<String> example,
    ClassName exceptionName) {

  /** Whether the detail is the title, as it is where the catalog gives none. */
  public boolean detailIsTitle() {
    return detail.placeholders().isEmpty() && detail.literals().get(0).equals(title);
  }

  /**
   * The detail template in the catalog's syntax: {@code {name}} for a parameter, {@code {{} and
   * {@code }}} for braces.
   */
  public String templateSource() {
    return TemplateSource.of(detail);
  }
}
