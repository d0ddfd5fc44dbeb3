package io.github.errata.processor.internal.parse;

import io.github.errata.runtime.internal.ErrataVersion;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Checks, before anything is generated, that the compile classpath has {@code errata-runtime} of
 * this processor's version: generated code extends and calls it, and calls its internal package,
 * which changes between versions. Without the check a missing runtime gives dozens of javac errors
 * in generated code, and another version a {@code NoSuchMethodError} at run time.
 */
public final class RuntimeCheck {

  /** The Errata version of this processor: the runtime it was built with, inlined by javac. */
  public static final String PROCESSOR_VERSION = ErrataVersion.VERSION;

  /** The runtime's version class, read from the classpath without loading it. */
  private static final String VERSION_CLASS = ErrataVersion.class.getCanonicalName();

  /** A class every errata-runtime has had, so an older runtime without the version is told apart. */
  private static final String RUNTIME_CLASS = "io.github.errata.runtime.ApiErrorException";

  private RuntimeCheck() {}

  /**
   * Reports on {@code catalog} where the runtime is missing or of another version.
   *
   * @param elements the compilation's elements, which see its classpath
   * @param catalog the catalog the error goes on
   * @param reporter where the error goes
   * @return whether the runtime is the one this processor generates for
   */
  public static boolean check(Elements elements, TypeElement catalog, Reporter reporter) {
    TypeElement version = elements.getTypeElement(VERSION_CLASS);
    if (version == null) {
      if (elements.getTypeElement(RUNTIME_CLASS) == null) {
        reporter.error(catalog, ErrataMessage.NO_RUNTIME, catalog.getQualifiedName(),
            PROCESSOR_VERSION);
      } else {
        reporter.error(catalog, ErrataMessage.RUNTIME_VERSION,
            "an errata-runtime older than any that carries its version", PROCESSOR_VERSION,
            catalog.getQualifiedName());
      }
      return false;
    }
    String found = constant(version).orElse(null);
    if (!PROCESSOR_VERSION.equals(found)) {
      reporter.error(catalog, ErrataMessage.RUNTIME_VERSION,
          found == null ? "an errata-runtime whose version cannot be read"
              : "errata-runtime " + found,
          PROCESSOR_VERSION, catalog.getQualifiedName());
      return false;
    }
    return true;
  }

  private static Optional<String> constant(TypeElement version) {
    for (Element member : version.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals("VERSION")
          && ((VariableElement) member).getConstantValue() instanceof String value) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
