package io.github.errata.processor.compat;

import java.util.Objects;

/**
 * One result of the compatibility check: a change between the baseline and the catalog, or a
 * problem with the acknowledgements.
 *
 * <p>{@code element} names what the finding concerns, stably, so that an acknowledgement can match
 * it: an error's type as the baseline knows it ({@code OBJECT_NOT_FOUND}), a parameter as the type
 * and the parameter's name in the baseline ({@code OBJECT_NOT_FOUND.objectType}), or the catalog's
 * qualified name in the baseline.
 *
 * @param kind what kind of finding it is
 * @param element what it concerns, as above
 * @param change what changed, such as {@code 404 -> 410}
 * @param method the method of the catalog as it is now that the finding points at, or null where
 *     it concerns the catalog as a whole or an error that is no longer declared
 * @param message what changed, why it matters to a deployed client, and what to do
 */
public record Finding(ChangeKind kind, String element, String change, String method, String message) {

  /** Checks that every part but the method is there. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(message, "message");
  }

  /** What the finding means for the build. */
  public Verdict verdict() {
    return kind.verdict();
  }

  /** The stable key of its diagnostic, such as {@code errata.compat.changed-status}. */
  public String key() {
    return kind.key();
  }

  /** The message as a diagnostic shows it: {@code [key] message}. */
  public String text() {
    return "[" + key() + "] " + message;
  }
}
