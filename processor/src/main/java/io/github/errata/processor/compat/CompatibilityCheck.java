package io.github.errata.processor.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The three modes of the compatibility check as plain functions of the baseline, its
 * acknowledgements and the catalog as it is now: {@code check} (the default), {@code accept} and
 * {@code update}. Reading and writing the files is the caller's part.
 */
public final class CompatibilityCheck {

  /** The Maven command that acknowledges the breaks of a catalog, with their reason. */
  public static final String ACCEPT_COMMAND =
      "mvn clean compile -Derrata.mode=accept -Derrata.reason=\"...\"";

  /** The Maven command that writes the baseline from the catalog as it is now. */
  public static final String UPDATE_COMMAND = "mvn clean compile -Derrata.mode=update";

  /**
   * What a command did: its result where it did it, and what to report either way.
   *
   * @param result the new acknowledgements or baseline, or empty where the command was refused
   * @param findings what to report, by verdict
   * @param <T> the kind of result
   */
  public record Outcome<T>(Optional<T> result, List<Finding> findings) {

    /** Copies the findings. */
    public Outcome {
      findings = List.copyOf(findings);
    }
  }

  private CompatibilityCheck() {}

  /**
   * What {@code check} reports: every change that is not an acknowledged break (a break here is an
   * error), and an error for each acknowledgement whose reason is blank or that matches no
   * current break.
   */
  public static List<Finding> check(CatalogDescription baseline, List<Acknowledgement> accepted,
      CatalogDescription current) {
    List<Finding> changes = CatalogComparison.compare(baseline, current);
    List<Finding> findings = new ArrayList<>();
    for (Finding change : changes) {
      boolean acknowledged = change.verdict() == Verdict.BREAK
          && accepted.stream().anyMatch(a -> a.covers(change));
      if (!acknowledged) {
        findings.add(change);
      }
    }
    for (Acknowledgement acknowledgement : accepted) {
      Optional<Finding> covered = changes.stream()
          .filter(c -> c.verdict() == Verdict.BREAK && acknowledgement.covers(c)).findFirst();
      String what = "the acknowledgement of " + acknowledgement.kind().id() + " on "
          + acknowledgement.element() + " (" + acknowledgement.change() + ")";
      if (covered.isEmpty()) {
        findings.add(problem(ChangeKind.STALE_ACKNOWLEDGEMENT, acknowledgement, null,
            what + " matches no break of catalog " + current.qualifiedName()));
      } else if (acknowledgement.reason().isBlank()) {
        findings.add(problem(ChangeKind.BLANK_REASON, acknowledgement, covered.get().method(),
            what + " gives no reason"));
      }
    }
    return findings;
  }

  /**
   * {@code accept}: the acknowledgements that cover exactly the current breaks, each kept with its
   * reason where it already had one and recorded with {@code reason} otherwise; stale ones are
   * dropped. Refused when a break needs {@code reason} and it is blank. The findings are those of
   * {@code check} against the acknowledgements that result (or, refused, the existing ones).
   */
  public static Outcome<List<Acknowledgement>> accept(CatalogDescription baseline,
      List<Acknowledgement> accepted, CatalogDescription current, String reason) {
    List<Acknowledgement> result = new ArrayList<>();
    int unexplained = 0;
    for (Finding change : CatalogComparison.compare(baseline, current)) {
      if (change.verdict() != Verdict.BREAK) {
        continue;
      }
      Optional<Acknowledgement> existing = accepted.stream()
          .filter(a -> a.covers(change) && !a.reason().isBlank()).findFirst();
      if (existing.isPresent()) {
        result.add(existing.get());
      } else {
        unexplained++;
        result.add(new Acknowledgement(change.kind(), change.element(), change.change(),
            reason == null ? "" : reason.strip()));
      }
    }
    if (unexplained > 0 && (reason == null || reason.isBlank())) {
      List<Finding> findings = new ArrayList<>();
      findings.add(catalogProblem(ChangeKind.MISSING_REASON, current,
          "errata.mode=accept was given no errata.reason, and " + unexplained
              + " break(s) of catalog " + current.qualifiedName() + " need one"));
      findings.addAll(check(baseline, accepted, current));
      return new Outcome<>(Optional.empty(), findings);
    }
    return new Outcome<>(Optional.of(List.copyOf(result)), check(baseline, result, current));
  }

  /**
   * {@code update}: the new baseline, which is the catalog as it is now with every type of the
   * old baseline that it no longer declares kept as retired (no baseline yet: the catalog as it
   * is). Refused while a break is unacknowledged or acknowledged without a reason. Once the
   * baseline is written, its acknowledgements are spent: the caller removes them.
   */
  public static Outcome<CatalogDescription> update(CatalogDescription baseline,
      List<Acknowledgement> accepted, CatalogDescription current) {
    if (baseline == null) {
      return new Outcome<>(Optional.of(current), List.of());
    }
    List<Finding> findings = check(baseline, accepted, current);
    long blocking = findings.stream()
        .filter(f -> f.verdict() == Verdict.BREAK || f.kind() == ChangeKind.BLANK_REASON).count();
    if (blocking > 0) {
      List<Finding> refused = new ArrayList<>();
      refused.add(catalogProblem(ChangeKind.UPDATE_REFUSED, current,
          "the baseline of catalog " + current.qualifiedName() + " was not updated, because "
              + blocking + " break(s) are not acknowledged"));
      refused.addAll(findings);
      return new Outcome<>(Optional.empty(), refused);
    }
    TreeSet<String> retired = new TreeSet<>(baseline.retiredTypes());
    baseline.errors().forEach(error -> retired.add(error.type()));
    current.errors().forEach(error -> retired.remove(error.type()));
    return new Outcome<>(Optional.of(current.withRetiredTypes(List.copyOf(retired))), List.of());
  }

  private static Finding problem(ChangeKind kind, Acknowledgement acknowledgement, String method,
      String what) {
    return new Finding(kind, acknowledgement.element(), acknowledgement.change(), method,
        CatalogComparison.message(kind, what));
  }

  private static Finding catalogProblem(ChangeKind kind, CatalogDescription current, String what) {
    return new Finding(kind, current.qualifiedName(), "", null, CatalogComparison.message(kind, what));
  }
}
