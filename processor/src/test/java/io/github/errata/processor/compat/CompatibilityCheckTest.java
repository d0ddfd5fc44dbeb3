package io.github.errata.processor.compat;

import static com.google.common.truth.Truth.assertThat;
import static io.github.errata.processor.compat.Descriptions.add;
import static io.github.errata.processor.compat.Descriptions.edit;
import static io.github.errata.processor.compat.Descriptions.journey;
import static io.github.errata.processor.compat.Descriptions.plain;
import static io.github.errata.processor.compat.Descriptions.remove;

import io.github.errata.processor.compat.CompatibilityCheck.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check, accept and update commands, as the processor runs them on each catalog. */
class CompatibilityCheckTest {

  private static final CatalogDescription BASELINE = journey();
  private static final CatalogDescription MOVED_STATUS =
      edit(journey(), "objectNotFound", e -> e.status(410).title("Gone."));

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(Finding::key).toList();
  }

  @Test
  void checkReportsAnUnacknowledgedBreakAndEveryOtherChange() {
    List<Finding> findings = CompatibilityCheck.check(BASELINE, List.of(), MOVED_STATUS);

    assertThat(keys(findings)).containsExactly("errata.compat.changed-status", "errata.compat.changed-title");
  }

  @Test
  void acceptThenCheckPasses() {
    Outcome<List<Acknowledgement>> accepted =
        CompatibilityCheck.accept(BASELINE, List.of(), MOVED_STATUS, "  410 says what it means  ");

    assertThat(accepted.result()).hasValue(List.of(new Acknowledgement(ChangeKind.CHANGED_STATUS,
        "OBJECT_NOT_FOUND", "404 -> 410", "410 says what it means")));
    assertThat(keys(accepted.findings())).containsExactly("errata.compat.changed-title");
    List<Finding> findings = CompatibilityCheck.check(BASELINE, accepted.result().get(), MOVED_STATUS);
    assertThat(findings.stream().filter(f -> f.verdict() == Verdict.BREAK || f.verdict() == Verdict.ERROR)
        .toList()).isEmpty();
  }

  @Test
  void acceptWithoutAReasonIsRefused() {
    for (String reason : new String[] {null, "", "   "}) {
      Outcome<List<Acknowledgement>> accepted =
          CompatibilityCheck.accept(BASELINE, List.of(), MOVED_STATUS, reason);

      assertThat(accepted.result()).isEmpty();
      assertThat(keys(accepted.findings())).containsExactly("errata.compat.missing-reason",
          "errata.compat.changed-status", "errata.compat.changed-title").inOrder();
      assertThat(accepted.findings().get(0).verdict()).isEqualTo(Verdict.ERROR);
      assertThat(accepted.findings().get(0).method()).isNull();
    }
  }

  @Test
  void acceptWithNothingToAcceptNeedsNoReason() {
    Outcome<List<Acknowledgement>> accepted =
        CompatibilityCheck.accept(BASELINE, List.of(), BASELINE, null);

    assertThat(accepted.result()).hasValue(List.of());
    assertThat(accepted.findings()).isEmpty();
  }

  @Test
  void acceptKeepsTheReasonsGivenAndDropsStaleAcknowledgements() {
    Acknowledgement status = new Acknowledgement(ChangeKind.CHANGED_STATUS, "OBJECT_NOT_FOUND",
        "404 -> 410", "first reason");
    Acknowledgement stale = new Acknowledgement(ChangeKind.REMOVED_ERROR, "RATE_LIMITED",
        "rateLimited()", "it went away");
    CatalogDescription current = remove(MOVED_STATUS, "internalServerError");

    Outcome<List<Acknowledgement>> accepted =
        CompatibilityCheck.accept(BASELINE, List.of(status, stale), current, "second reason");

    assertThat(accepted.result()).hasValue(List.of(status, new Acknowledgement(
        ChangeKind.REMOVED_ERROR, "INTERNAL_SERVER_ERROR", "internalServerError()", "second reason")));
  }

  @Test
  void anAcknowledgementThatMatchesNoBreakIsStale() {
    Acknowledgement acknowledgement = new Acknowledgement(ChangeKind.CHANGED_STATUS,
        "OBJECT_NOT_FOUND", "404 -> 410", "410 says what it means");

    List<Finding> findings = CompatibilityCheck.check(BASELINE, List.of(acknowledgement), BASELINE);

    assertThat(keys(findings)).containsExactly("errata.compat.stale-acknowledgement");
    assertThat(findings.get(0).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(findings.get(0).message()).contains("changed-status on OBJECT_NOT_FOUND (404 -> 410)");
  }

  @Test
  void anAcknowledgementCoversOnlyTheChangeItNames() {
    Acknowledgement acknowledgement = new Acknowledgement(ChangeKind.CHANGED_STATUS,
        "OBJECT_NOT_FOUND", "404 -> 410", "410 says what it means");
    CatalogDescription current = edit(journey(), "objectNotFound", e -> e.status(418));

    List<Finding> findings = CompatibilityCheck.check(BASELINE, List.of(acknowledgement), current);

    assertThat(keys(findings)).containsExactly("errata.compat.changed-status",
        "errata.compat.stale-acknowledgement").inOrder();
    assertThat(findings.get(0).change()).isEqualTo("404 -> 418");
  }

  @Test
  void anAcknowledgementWithABlankReasonIsAnError() {
    Acknowledgement acknowledgement = new Acknowledgement(ChangeKind.CHANGED_STATUS,
        "OBJECT_NOT_FOUND", "404 -> 410", " ");

    List<Finding> findings = CompatibilityCheck.check(BASELINE, List.of(acknowledgement), MOVED_STATUS);

    assertThat(keys(findings)).containsExactly("errata.compat.changed-title",
        "errata.compat.blank-reason").inOrder();
    assertThat(findings.get(1).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(findings.get(1).method()).isEqualTo("objectNotFound");
  }

  @Test
  void updateIsRefusedWhileABreakIsUnacknowledged() {
    Outcome<CatalogDescription> updated = CompatibilityCheck.update(BASELINE, List.of(), MOVED_STATUS);

    assertThat(updated.result()).isEmpty();
    assertThat(keys(updated.findings())).containsExactly("errata.compat.update-refused",
        "errata.compat.changed-status", "errata.compat.changed-title").inOrder();
  }

  @Test
  void updateIsRefusedWhileABreakIsAcknowledgedWithoutAReason() {
    Acknowledgement blank = new Acknowledgement(ChangeKind.CHANGED_STATUS, "OBJECT_NOT_FOUND",
        "404 -> 410", "");

    Outcome<CatalogDescription> updated = CompatibilityCheck.update(BASELINE, List.of(blank), MOVED_STATUS);

    assertThat(updated.result()).isEmpty();
    assertThat(keys(updated.findings())).contains("errata.compat.update-refused");
  }

  @Test
  void updateWithoutABaselineWritesTheCatalog() {
    Outcome<CatalogDescription> updated = CompatibilityCheck.update(null, List.of(), journey());

    assertThat(updated.result()).hasValue(journey());
    assertThat(updated.findings()).isEmpty();
  }

  @Test
  void updateAfterAcceptRecordsTheCatalogAndRetiresRemovedTypes() {
    CatalogDescription current = edit(remove(journey(), "internalServerError"), "objectNotFound",
        e -> e.type("OBJECT_MISSING"));
    List<Acknowledgement> accepted =
        CompatibilityCheck.accept(BASELINE, List.of(), current, "v2 of the API").result().orElseThrow();

    Outcome<CatalogDescription> updated = CompatibilityCheck.update(BASELINE, accepted, current);

    assertThat(updated.result()).hasValue(
        current.withRetiredTypes(List.of("INTERNAL_SERVER_ERROR", "OBJECT_NOT_FOUND")));
    assertThat(CompatibilityCheck.check(updated.result().get(), List.of(), current)).isEmpty();
  }

  @Test
  void aRetiredTypeCannotComeBackWithAnotherMeaning() {
    CatalogDescription withoutIt = remove(journey(), "internalServerError");
    List<Acknowledgement> accepted =
        CompatibilityCheck.accept(BASELINE, List.of(), withoutIt, "nobody sent it").result().orElseThrow();
    CatalogDescription baseline =
        CompatibilityCheck.update(BASELINE, accepted, withoutIt).result().orElseThrow();
    CatalogDescription reused = add(withoutIt, plain("maintenance", "INTERNAL_SERVER_ERROR", 503));

    List<Finding> findings = CompatibilityCheck.check(baseline, List.of(), reused);
    Outcome<CatalogDescription> updated = CompatibilityCheck.update(baseline, List.of(), reused);

    assertThat(baseline.retiredTypes()).containsExactly("INTERNAL_SERVER_ERROR");
    assertThat(keys(findings)).containsExactly("errata.compat.retired-type");
    assertThat(findings.get(0).verdict()).isEqualTo(Verdict.BREAK);
    assertThat(findings.get(0).method()).isEqualTo("maintenance");
    assertThat(updated.result()).isEmpty();
    assertThat(keys(updated.findings())).containsExactly("errata.compat.update-refused",
        "errata.compat.retired-type");
  }

  @Test
  void aRetiredTypeStaysRetiredThroughLaterUpdates() {
    CatalogDescription baseline = journey().withRetiredTypes(List.of("OLD"));
    CatalogDescription current = add(journey(), plain("conflict", "CONFLICT", 409));

    CatalogDescription updated = CompatibilityCheck.update(baseline, List.of(), current).result().orElseThrow();

    assertThat(updated.retiredTypes()).containsExactly("OLD");
  }
}
