package io.github.errata.processor.compat;

import static com.google.common.truth.Truth.assertThat;
import static io.github.errata.processor.compat.Descriptions.CATALOG;
import static io.github.errata.processor.compat.Descriptions.add;
import static io.github.errata.processor.compat.Descriptions.edit;
import static io.github.errata.processor.compat.Descriptions.journey;
import static io.github.errata.processor.compat.Descriptions.plain;
import static io.github.errata.processor.compat.Descriptions.remove;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of change between a baseline and a catalog, with its verdict, key and element. */
class CatalogComparisonTest {

  /**
   * One change of version A of the catalog: the finding it must give (kind, element, method),
   * and every kind it gives, so that a change reported twice under two names fails too.
   */
  record Case(ChangeKind kind, String element, String method, Set<ChangeKind> allKinds,
      UnaryOperator<CatalogDescription> change) {
    @Override
    public String toString() {
      return kind.id();
    }
  }

  static Case only(ChangeKind kind, String element, String method,
      UnaryOperator<CatalogDescription> change) {
    return new Case(kind, element, method, EnumSet.of(kind), change);
  }

  static Stream<Case> cases() {
    return Stream.of(
        only(ChangeKind.REMOVED_ERROR, "OBJECT_NOT_FOUND", null, c -> remove(c, "objectNotFound")),
        only(ChangeKind.CHANGED_TYPE, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.type("OBJECT_MISSING"))),
        only(ChangeKind.RETIRED_TYPE, "OBJECT_GONE", "objectGone",
            c -> add(c, plain("objectGone", "OBJECT_GONE", 410))),
        only(ChangeKind.CHANGED_STATUS, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.status(410))),
        only(ChangeKind.NOT_RETRYABLE, "INTERNAL_SERVER_ERROR", "internalServerError",
            c -> edit(c, "internalServerError", e -> e.retryable(false))),
        new Case(ChangeKind.ADDED_PARAMETER, "OBJECT_NOT_FOUND.owner", "objectNotFound",
            EnumSet.of(ChangeKind.ADDED_PARAMETER, ChangeKind.CHANGED_TEMPLATE, ChangeKind.CHANGED_EXAMPLE),
            c -> edit(c, "objectNotFound", e -> e
                .parameters("objectType", "String", "id", "java.util.UUID", "owner", "String")
                .detail("No {objectType} found with ID: '{id}' for {owner}")
                .example("task", "c3d5", "ann"))),
        new Case(ChangeKind.REMOVED_PARAMETER, "RATE_LIMITED.plan", "rateLimited",
            EnumSet.of(ChangeKind.REMOVED_PARAMETER, ChangeKind.CHANGED_TEMPLATE),
            c -> edit(c, "rateLimited", e -> e.parameters("seconds", "int").detail("Retry in {seconds} s."))),
        only(ChangeKind.RENAMED_PARAMETER, "OBJECT_NOT_FOUND.objectType", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e
                .parameters("kind", "String", "id", "java.util.UUID")
                .detail("No {kind} found with ID: '{id}'"))),
        only(ChangeKind.REORDERED_PARAMETERS, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.parameters("id", "java.util.UUID", "objectType", "String"))),
        only(ChangeKind.RETYPED_PARAMETER, "RATE_LIMITED.seconds", "rateLimited",
            c -> edit(c, "rateLimited", e -> e.parameters("seconds", "long", "plan", "enum com.example.Plan"))),
        only(ChangeKind.CHANGED_TEMPLATE, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.detail("There is no {objectType} with ID {id}."))),
        only(ChangeKind.RENAMED_METHOD, "OBJECT_NOT_FOUND", "objectMissing",
            c -> edit(c, "objectNotFound", e -> e.method("objectMissing"))),
        only(ChangeKind.RENAMED_CATALOG, CATALOG, null,
            c -> new CatalogDescription("com.example.api.JourneyErrors", c.stem(), c.wire(), c.errors(),
                c.retiredTypes())),
        only(ChangeKind.CHANGED_WIRE, CATALOG, null,
            c -> new CatalogDescription(c.qualifiedName(), c.stem(), "PROBLEM_JSON", c.errors(),
                c.retiredTypes())),
        only(ChangeKind.ADDED_ERROR, "CONFLICT", "conflict", c -> add(c, plain("conflict", "CONFLICT", 409))),
        only(ChangeKind.CHANGED_TITLE, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.title("Not found."))),
        only(ChangeKind.CHANGED_DETAIL, "INTERNAL_SERVER_ERROR", "internalServerError",
            c -> edit(c, "internalServerError", e -> e.detail("Something broke on our side."))),
        only(ChangeKind.CHANGED_DESCRIPTION, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.description("It may have been deleted."))),
        only(ChangeKind.CHANGED_STACK_TRACE, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.stackTrace("captured"))),
        only(ChangeKind.CHANGED_EXAMPLE, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.example("user", "9f1a"))),
        only(ChangeKind.MADE_RETRYABLE, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.retryable(true))),
        only(ChangeKind.CHANGED_LINK, "OBJECT_NOT_FOUND", "objectNotFound",
            c -> edit(c, "objectNotFound", e -> e.link("https://docs.example.com/v2/errors#OBJECT_NOT_FOUND"))));
  }

  /** The baseline of every case retires OBJECT_GONE, as an earlier update would have. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachChangeHasItsKindVerdictAndElement(Case c) {
    CatalogDescription baseline = journey().withRetiredTypes(List.of("OBJECT_GONE"));
    List<Finding> findings = CatalogComparison.compare(baseline, c.change().apply(journey()));

    assertThat(findings.stream().map(Finding::kind).collect(Collectors.toSet()))
        .containsExactlyElementsIn(c.allKinds());
    Finding finding = findings.stream().filter(f -> f.kind() == c.kind()).findFirst().orElseThrow();
    assertThat(finding.element()).isEqualTo(c.element());
    assertThat(finding.method()).isEqualTo(c.method());
    assertThat(finding.key()).isEqualTo("errata.compat." + c.kind().id());
    assertThat(finding.verdict()).isEqualTo(c.kind().verdict());
    assertThat(finding.text()).startsWith("[errata.compat." + c.kind().id() + "] ");
    assertThat(finding.message()).contains(c.kind().why());
    if (finding.verdict() == Verdict.BREAK) {
      assertThat(finding.message()).contains(
          "mvn clean compile -Derrata.mode=accept -Derrata.reason=\"...\"");
    }
  }

  @Test
  void everyKindOfChangeHasACase() {
    Set<ChangeKind> tested = cases().map(Case::kind).collect(Collectors.toSet());
    Set<ChangeKind> changes = EnumSet.noneOf(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      if (kind.verdict() != Verdict.ERROR) {
        changes.add(kind);
      }
    }
    assertThat(tested).containsExactlyElementsIn(changes);
  }

  @Test
  void verdictsAreThoseOfTheSpec() {
    assertThat(ChangeKind.CHANGED_LINK.verdict()).isEqualTo(Verdict.WARNING);
    assertThat(ChangeKind.MADE_RETRYABLE.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(ChangeKind.ADDED_ERROR.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(ChangeKind.CHANGED_DETAIL.verdict()).isEqualTo(Verdict.SAFE);
    assertThat(ChangeKind.CHANGED_TEMPLATE.verdict()).isEqualTo(Verdict.BREAK);
    assertThat(ChangeKind.RENAMED_METHOD.verdict()).isEqualTo(Verdict.BREAK);
  }

  @Test
  void anUnchangedCatalogHasNoFindings() {
    assertThat(CatalogComparison.compare(journey(), journey())).isEmpty();
  }

  @Test
  void theOrderOfErrorsCarriesNoMeaning() {
    List<ErrorDescription> reversed = new ArrayList<>(journey().errors());
    Collections.reverse(reversed);
    CatalogDescription current = new CatalogDescription(CATALOG, "Journey", "JSON", reversed, List.of());
    assertThat(CatalogComparison.compare(journey(), current)).isEmpty();
  }

  @Test
  void severalBreaksAreAllReported() {
    CatalogDescription current = edit(remove(journey(), "internalServerError"), "objectNotFound",
        e -> e.status(410).method("objectGone"));
    current = edit(current, "rateLimited", e -> e.retryable(false).parameters(
        "seconds", "long", "plan", "enum com.example.Plan"));

    List<Finding> findings = CatalogComparison.compare(journey(), current);

    assertThat(findings.stream().map(f -> f.kind().id() + " " + f.element()).toList()).containsExactly(
        "renamed-method OBJECT_NOT_FOUND",
        "changed-status OBJECT_NOT_FOUND",
        "removed-error INTERNAL_SERVER_ERROR",
        "not-retryable RATE_LIMITED",
        "retyped-parameter RATE_LIMITED.seconds").inOrder();
    assertThat(findings.stream().allMatch(f -> f.verdict() == Verdict.BREAK)).isTrue();
  }

  @Test
  void aRenameAndANewTypeTogetherAreARemovalAndAnAddition() {
    CatalogDescription current = edit(journey(), "objectNotFound",
        e -> e.method("objectGone").type("OBJECT_GONE"));

    List<Finding> findings = CatalogComparison.compare(journey(), current);

    assertThat(findings.stream().map(f -> f.kind().id() + " " + f.element()).toList()).containsExactly(
        "removed-error OBJECT_NOT_FOUND", "added-error OBJECT_GONE");
  }

  @Test
  void aChangedStemIsARenamedCatalog() {
    CatalogDescription current = new CatalogDescription(CATALOG, "Travel", "JSON", journey().errors(),
        List.of());

    Finding finding = CatalogComparison.compare(journey(), current).get(0);

    assertThat(finding.kind()).isEqualTo(ChangeKind.RENAMED_CATALOG);
    assertThat(finding.change()).isEqualTo(
        "com.example.JourneyErrors (stem Journey) -> com.example.JourneyErrors (stem Travel)");
  }

  @Test
  void aMessageSaysWhatChangedWhyAndTheCommand() {
    Finding finding = CatalogComparison.compare(journey(),
        edit(journey(), "objectNotFound", e -> e.status(410))).get(0);

    assertThat(finding.change()).isEqualTo("404 -> 410");
    assertThat(finding.text()).isEqualTo("[errata.compat.changed-status] the status of objectNotFound()"
        + " (OBJECT_NOT_FOUND) changed from 404 to 410, which breaks deployed clients: clients,"
        + " proxies and caches act on the status (retry, cache, report), and deployed clients built"
        + " for the old status handle the new one as something else. If the break is intended,"
        + " acknowledge it with mvn clean compile -Derrata.mode=accept -Derrata.reason=\"...\"");
  }

  @Test
  void aTemplateWithEscapedBracesIsComparedAsWritten() {
    CatalogDescription baseline = edit(journey(), "objectNotFound",
        e -> e.detail("No {objectType} {{literal}} with ID: '{id}'"));
    CatalogDescription renamed = edit(journey(), "objectNotFound", e -> e
        .parameters("kind", "String", "id", "java.util.UUID")
        .detail("No {kind} {{literal}} with ID: '{id}'"));

    assertThat(CatalogComparison.compare(baseline, renamed).stream().map(Finding::kind).toList())
        .containsExactly(ChangeKind.RENAMED_PARAMETER);
  }
}
