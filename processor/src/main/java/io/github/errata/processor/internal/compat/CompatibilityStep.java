package io.github.errata.processor.internal.compat;

import io.github.errata.processor.compat.Acknowledgement;
import io.github.errata.processor.compat.BaselineFileException;
import io.github.errata.processor.compat.BaselineFiles;
import io.github.errata.processor.compat.CatalogDescription;
import io.github.errata.processor.compat.CompatibilityCheck;
import io.github.errata.processor.compat.CompatibilityCheck.Outcome;
import io.github.errata.processor.compat.Finding;
import io.github.errata.processor.compat.Verdict;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.parse.ErrataMessage;
import io.github.errata.processor.internal.parse.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Guards a catalog's deployed clients: compares the catalog with its baseline in the directory
 * that {@code -Aerrata.baseline} names, in the mode {@code -Aerrata.mode} names, and reports each
 * finding on the element at fault. The comparison itself is {@link CompatibilityCheck}'s.
 */
public final class CompatibilityStep {

  static final String BASELINE = "errata.baseline";
  static final String MODE = "errata.mode";
  static final String REASON = "errata.reason";

  /** The options the processor declares, so that javac does not warn that nothing claims them. */
  public static final Set<String> OPTIONS = Set.of(BASELINE, MODE, REASON);

  private final Map<String, String> options;
  private final Elements elements;

  /** A step with the processor's options, which resolves catalogs with {@code elements}. */
  public CompatibilityStep(Map<String, String> options, Elements elements) {
    this.options = options;
    this.elements = elements;
  }

  /**
   * Runs the mode on one catalog; false when the catalog must not be generated (a break that is
   * not acknowledged, a baseline that cannot be read, a command refused).
   */
  public boolean run(TypeElement catalog, CatalogModel model, Reporter reporter) {
    String directoryOption = options.get(BASELINE);
    if (directoryOption == null || directoryOption.isBlank()) {
      return true;
    }
    String mode = options.getOrDefault(MODE, "check").strip();
    if (!Set.of("check", "accept", "update").contains(mode)) {
      reporter.error(catalog, ErrataMessage.COMPAT_MODE, mode);
      return false;
    }
    CatalogDescription current = CatalogDescriptions.of(model);
    String name = current.qualifiedName();
    Path directory;
    try {
      directory = Path.of(directoryOption);
    } catch (InvalidPathException e) {
      reporter.error(catalog, ErrataMessage.COMPAT_DIRECTORY, directoryOption, e.getMessage());
      return false;
    }
    Path file = directory.resolve(BaselineFiles.baselineFileName(name));
    try {
      Optional<CatalogDescription> baseline = BaselineFiles.readBaseline(directory, name);
      if (baseline.isEmpty()) {
        baseline = movedFrom(directory, current);
      }
      List<Acknowledgement> accepted = BaselineFiles.readAccepted(directory, name);
      if (mode.equals("update")) {
        Outcome<CatalogDescription> updated =
            CompatibilityCheck.update(baseline.orElse(null), accepted, current);
        report(catalog, updated.findings(), reporter);
        if (updated.result().isEmpty()) {
          return false;
        }
        BaselineFiles.writeBaseline(directory, updated.result().get());
        BaselineFiles.writeAccepted(directory, name, List.of());
        if (baseline.isPresent() && !baseline.get().qualifiedName().equals(name)) {
          // The catalog moved: its baseline moves with it, retired types and all.
          String old = baseline.get().qualifiedName();
          Files.delete(directory.resolve(BaselineFiles.baselineFileName(old)));
          BaselineFiles.writeAccepted(directory, old, List.of());
        }
        reporter.note(catalog, ErrataMessage.COMPAT_UPDATED, name, file);
        return true;
      }
      if (baseline.isEmpty()) {
        reporter.note(catalog, ErrataMessage.COMPAT_NO_BASELINE, name, directory,
            CompatibilityCheck.UPDATE_COMMAND);
        return true;
      }
      if (mode.equals("accept")) {
        Outcome<List<Acknowledgement>> outcome = CompatibilityCheck.accept(baseline.get(), accepted,
            current, options.get(REASON));
        if (outcome.result().isPresent() && !outcome.result().get().equals(accepted)) {
          BaselineFiles.writeAccepted(directory, name, outcome.result().get());
          reporter.note(catalog, ErrataMessage.COMPAT_ACCEPTED, outcome.result().get().size(), name,
              directory.resolve(BaselineFiles.acceptedFileName(name)));
        }
        return report(catalog, outcome.findings(), reporter) && outcome.result().isPresent();
      }
      return report(catalog, CompatibilityCheck.check(baseline.get(), accepted, current), reporter);
    } catch (BaselineFileException e) {
      reporter.error(catalog, ErrataMessage.COMPAT_FILE, e.getMessage());
      return false;
    } catch (IOException e) {
      reporter.error(catalog, ErrataMessage.COMPAT_WRITE, directory, e);
      return false;
    }
  }

  /**
   * The baseline of the catalog this one was before it was renamed or moved: a baseline in the
   * directory whose catalog no longer exists and that shares an error type with this one (the
   * first such, by name). A catalog renamed so that it shares nothing is a new catalog.
   */
  private Optional<CatalogDescription> movedFrom(Path directory, CatalogDescription current)
      throws IOException, BaselineFileException {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    Set<String> types = new HashSet<>();
    current.errors().forEach(error -> types.add(error.type()));
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.sorted().toList();
    }
    String suffix = BaselineFiles.baselineFileName("");
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (!fileName.endsWith(suffix)) {
        continue;
      }
      String other = fileName.substring(0, fileName.length() - suffix.length());
      if (other.equals(current.qualifiedName()) || elements.getTypeElement(other) != null) {
        continue;
      }
      Optional<CatalogDescription> baseline = BaselineFiles.readBaseline(directory, other);
      if (baseline.isPresent()
          && baseline.get().errors().stream().anyMatch(error -> types.contains(error.type()))) {
        return baseline;
      }
    }
    return Optional.empty();
  }

  /**
   * Reports breaks and errors as errors and warnings as warnings, each on the method it concerns
   * (or the catalog); safe changes are not reported. True when none was an error.
   */
  private static boolean report(TypeElement catalog, List<Finding> findings, Reporter reporter) {
    boolean passed = true;
    for (Finding finding : findings) {
      if (finding.verdict() != Verdict.SAFE) {
        reporter.compat(elementOf(catalog, finding.method()), finding);
        passed &= finding.verdict() == Verdict.WARNING;
      }
    }
    return passed;
  }

  private static Element elementOf(TypeElement catalog, String method) {
    if (method != null) {
      for (Element member : catalog.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals(method)) {
          return member;
        }
      }
    }
    return catalog;
  }
}
