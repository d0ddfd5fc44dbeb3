package io.github.errata.processor.compat;

import java.util.Objects;

/**
 * One acknowledged break, as {@code Q.accepted.json} records it: it covers exactly the finding of
 * that kind, element and change, and no later change of the same element.
 *
 * @param kind the kind of the break
 * @param element what it concerns, as {@link Finding#element()} names it
 * @param change what changed, as {@link Finding#change()} says it
 * @param reason why the break is acceptable, in the words of whoever accepted it
 */
public record Acknowledgement(ChangeKind kind, String element, String change, String reason) {

  /** Checks that no part is null. */
  public Acknowledgement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reason, "reason");
  }

  /** Whether this acknowledges that finding. */
  public boolean covers(Finding finding) {
    return kind == finding.kind() && element.equals(finding.element()) && change.equals(finding.change());
  }
}
