package io.github.errata.processor.compat;

import java.util.Optional;

/**
 * Every kind of finding of the compatibility check, each with its verdict, its stable key
 * ({@code errata.compat.<kind>}) and the reason it matters to a deployed client. These are the
 * texts of every compatibility message, kept in this one place.
 */
public enum ChangeKind {
  /** An error of the baseline is no longer declared. */
  REMOVED_ERROR("removed-error", Verdict.BREAK,
      "deployed clients that catch its exception or handle its type lose it, and code built"
          + " against the catalog stops compiling"),
  /** An error kept its method and took another type. */
  CHANGED_TYPE("changed-type", Verdict.BREAK,
      "deployed clients know the error by its old type, so they decode the new one as an unknown"
          + " error and lose its exception and its arguments"),
  /** An error takes a type that was removed before, and is retired. */
  RETIRED_TYPE("retired-type", Verdict.BREAK,
      "the type was removed from the catalog before, and deployed clients that still know it"
          + " would read this error as the old one, with the old meaning; give the error a new type"),
  /** An error's HTTP status changed. */
  CHANGED_STATUS("changed-status", Verdict.BREAK,
      "clients, proxies and caches act on the status (retry, cache, report), and deployed clients"
          + " built for the old status handle the new one as something else"),
  /** A retryable error is no longer retryable. */
  NOT_RETRYABLE("not-retryable", Verdict.BREAK,
      "deployed clients still retry it, sending again a request that will fail again"),
  /** An error has a parameter it did not have. */
  ADDED_PARAMETER("added-parameter", Verdict.BREAK,
      "deployed clients recover the arguments by the parameters they were built with, so they no"
          + " longer match the detail and every argument of this error comes back null"),
  /** An error lost a parameter. */
  REMOVED_PARAMETER("removed-parameter", Verdict.BREAK,
      "deployed clients still read it from the detail, no longer match it, and every argument of"
          + " this error comes back null"),
  /** A parameter kept its place and took another name. */
  RENAMED_PARAMETER("renamed-parameter", Verdict.BREAK,
      "clients read arguments by name (the accessor, arguments(), the problem+json member), so a"
          + " deployed client finds nothing under the old name"),
  /** An error's parameters are declared in another order. */
  REORDERED_PARAMETERS("reordered-parameters", Verdict.BREAK,
      "the exception's constructor and arguments() follow the declaration order, so code built"
          + " against the old order passes or reads values in the wrong place, silently where the"
          + " types agree"),
  /** A parameter has another type. */
  RETYPED_PARAMETER("retyped-parameter", Verdict.BREAK,
      "deployed clients parse the argument as the old type, and a value they cannot parse comes"
          + " back null"),
  /** The detail template of an error with parameters changed. */
  CHANGED_TEMPLATE("changed-template", Verdict.BREAK,
      "deployed clients recover the arguments by matching the detail against the template they"
          + " were built with, so they no longer match it and the arguments come back null"),
  /** An error kept its type and is declared by another method. */
  RENAMED_METHOD("renamed-method", Verdict.BREAK,
      "the generated exception is named after the method, so code that catches or throws the old"
          + " exception class no longer compiles, and clients built with it decode into a class"
          + " the server no longer has"),
  /** The catalog has another qualified name or stem. */
  RENAMED_CATALOG("renamed-catalog", Verdict.BREAK,
      "every generated type (the exceptions, the decoder, the links) is named after the catalog and"
          + " lives in its package, so client code that refers to them no longer compiles"),
  /** The catalog speaks another wire format. */
  CHANGED_WIRE("changed-wire", Verdict.BREAK,
      "deployed clients read bodies of the old format, so they decode every error of the catalog"
          + " as an unknown one"),
  /** A new error. */
  ADDED_ERROR("added-error", Verdict.SAFE,
      "deployed clients decode it as an unknown error, with its status, title and detail kept"),
  /** An error's title changed. */
  CHANGED_TITLE("changed-title", Verdict.SAFE,
      "titles are for people; clients never match on them"),
  /** The detail of an error without parameters changed. */
  CHANGED_DETAIL("changed-detail", Verdict.SAFE,
      "the error has no parameters, so clients read nothing from its detail"),
  /** An error's description changed. */
  CHANGED_DESCRIPTION("changed-description", Verdict.SAFE,
      "the description is documentation only"),
  /** An error's stack-trace policy changed. */
  CHANGED_STACK_TRACE("changed-stack-trace", Verdict.SAFE,
      "stack traces are captured on the server and never sent"),
  /** An error's example changed. */
  CHANGED_EXAMPLE("changed-example", Verdict.SAFE,
      "examples are documentation only"),
  /** An error became retryable. */
  MADE_RETRYABLE("made-retryable", Verdict.SAFE,
      "deployed clients merely do not retry it"),
  /** An error's documentation link changed. */
  CHANGED_LINK("changed-link", Verdict.WARNING,
      "link constants are compile-time constants, inlined into clients' code, so deployed clients"
          + " keep the old link: keep it working (a redirect), then record the change with "
          + CompatibilityCheck.UPDATE_COMMAND),
  /** An acknowledgement without a reason. */
  BLANK_REASON("blank-reason", Verdict.ERROR,
      "every acknowledged break records why it is acceptable; write the reason in the file, or"
          + " acknowledge the break again with " + CompatibilityCheck.ACCEPT_COMMAND),
  /** An acknowledgement that matches no current break. */
  STALE_ACKNOWLEDGEMENT("stale-acknowledgement", Verdict.ERROR,
      "it matches no break of the catalog as it is now, so it would silently cover another one"
          + " later; remove it from the file, or record the catalog as it is with "
          + CompatibilityCheck.UPDATE_COMMAND),
  /** {@code accept} was run without a reason while there are breaks to record. */
  MISSING_REASON("missing-reason", Verdict.ERROR,
      "every acknowledged break records why it is acceptable; run "
          + CompatibilityCheck.ACCEPT_COMMAND + " with the reason"),
  /** {@code update} was run while a break is unacknowledged. */
  UPDATE_REFUSED("update-refused", Verdict.ERROR,
      "the baseline is what deployed clients know, so it moves on only once every break is"
          + " acknowledged; acknowledge them with " + CompatibilityCheck.ACCEPT_COMMAND
          + ", then update");

  private final String id;
  private final Verdict verdict;
  private final String why;

  ChangeKind(String id, Verdict verdict, String why) {
    this.id = id;
    this.verdict = verdict;
    this.why = why;
  }

  /** The kind's name in files and keys, such as {@code changed-status}. */
  public String id() {
    return id;
  }

  /** The stable key of its diagnostic, such as {@code errata.compat.changed-status}. */
  public String key() {
    return "errata.compat." + id;
  }

  /** What a finding of this kind means for the build. */
  public Verdict verdict() {
    return verdict;
  }

  /** Why the change matters to a deployed client (or, for an {@link Verdict#ERROR}, what to do). */
  public String why() {
    return why;
  }

  /** The kind of that {@link #id()}, if there is one. */
  public static Optional<ChangeKind> byId(String id) {
    for (ChangeKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
