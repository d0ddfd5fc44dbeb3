package io.github.errata.processor.internal.parse;

import io.github.errata.processor.internal.OutputFiler;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generated code names java.lang types by their simple names, so a type of the same name in the
 * catalog's package would hide one. Which java.lang types those are is read from the code itself,
 * once it is laid out in memory ({@link OutputFiler.Rendered#javaLangNames()}), and checked here
 * before anything is written, against the types already in the package and the types the catalog
 * would add to it.
 */
public final class JavaLangCheck {

  private JavaLangCheck() {}

  /**
   * Reports every generated or existing type of the package that would hide a java.lang type
   * that generated code names.
   *
   * @param elements the compilation's elements
   * @param catalog the catalog's interface
   * @param model the catalog
   * @param rendered its files, built but not written
   * @param takenNames the types of this compilation by qualified name (its sources, and the types
   *     generated so far, which the package does not show yet), each with how to name its owner
   * @param usedInPackage the java.lang simple names that code generated earlier in this
   *     compilation for other catalogs of the same package names
   * @param reporter where errors go
   * @return whether the catalog may be written
   */
  public static boolean check(Elements elements, TypeElement catalog, CatalogModel model,
      OutputFiler.Rendered rendered, Map<String, String> takenNames, Set<String> usedInPackage,
      Reporter reporter) {
    Set<String> used = rendered.javaLangNames();
    String packageName = model.names().packageName();
    for (String type : packageTypes(elements, packageName, takenNames)) {
      String simple = type.substring(type.lastIndexOf('.') + 1);
      if (used.contains(simple)) {
        reporter.error(catalog, ErrataMessage.NAME_COLLISION, "the type " + type + " hides"
            + " java.lang." + simple + ", which the generated code uses; rename it, or put the"
            + " catalog in another package");
        return false;
      }
    }
    boolean ok = true;
    for (OutputFiler.Source source : rendered.sources()) {
      String simple = source.name().substring(source.name().lastIndexOf('.') + 1);
      String user = used.contains(simple) ? "the generated code"
          : usedInPackage.contains(simple) ? "the code generated for another catalog of the package"
          : null;
      if (user == null) {
        continue;
      }
      ok = false;
      ErrorModel error = model.errors().stream()
          .filter(e -> e.exceptionName().canonicalName().equals(source.name()))
          .findFirst().orElse(null);
      Element method = error == null ? null : method(catalog, error.methodName());
      if (method != null) {
        reporter.error(method, ErrataMessage.NAME_COLLISION, "the exception " + simple + " of "
            + error.methodName() + "() would have the name of java.lang." + simple + ", which "
            + user + " uses; rename the method");
      } else {
        reporter.error(catalog, ErrataMessage.NAME_COLLISION, "the generated " + simple
            + " would have the name of java.lang." + simple + ", which " + user + " uses; give"
            + " @ErrorCatalog another name = \"...\", or rename the catalog");
      }
    }
    return ok;
  }

  /**
   * The package's types by qualified name: those javac knows, in their order, then those of this
   * compilation it does not show yet, sorted.
   */
  private static Set<String> packageTypes(Elements elements, String packageName,
      Map<String, String> takenNames) {
    Set<String> types = new LinkedHashSet<>();
    PackageElement pkg = elements.getPackageElement(packageName);
    for (Element type : pkg == null ? List.<Element>of() : pkg.getEnclosedElements()) {
      types.add(((TypeElement) type).getQualifiedName().toString());
    }
    Set<String> pending = new TreeSet<>();
    for (String name : takenNames.keySet()) {
      int dot = name.lastIndexOf('.');
      if ((dot < 0 ? "" : name.substring(0, dot)).equals(packageName) && !types.contains(name)) {
        pending.add(name);
      }
    }
    types.addAll(pending);
    return types;
  }

  private static Element method(TypeElement catalog, String name) {
    for (Element member : catalog.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals(name)) {
        return member;
      }
    }
    return null;
  }
}
