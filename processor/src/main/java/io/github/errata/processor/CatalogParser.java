package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.errata.processor.CatalogModel.StackTracePolicy;
import io.github.errata.processor.DetailTemplate.Placeholder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads an {@code @ErrorCatalog} interface into a {@link CatalogModel}, reporting every mistake
 * on the element and annotation value at fault. A catalog with any error gives no model.
 */
final class CatalogParser {

  static final String ERROR_CATALOG = "io.github.errata.ErrorCatalog";
  static final String API_ERROR = "io.github.errata.ApiError";

  /**
   * Names a parameter cannot take, because its accessor would clash with a method every
   * generated exception already has.
   */
  private static final Set<String> RESERVED_PARAMETER_NAMES = Set.of(
      "type", "status", "title", "detail", "see", "isRetryable", "error", "toBody", "extensions",
      "getMessage", "getLocalizedMessage", "getCause", "getStackTrace", "getSuppressed",
      "fillInStackTrace", "printStackTrace", "toString", "hashCode", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize", "serialVersionUID");

  private static final Map<String, ParameterKind> KINDS = Map.ofEntries(
      Map.entry("java.lang.String", ParameterKind.STRING),
      Map.entry("int", ParameterKind.INT), Map.entry("java.lang.Integer", ParameterKind.INT),
      Map.entry("long", ParameterKind.LONG), Map.entry("java.lang.Long", ParameterKind.LONG),
      Map.entry("boolean", ParameterKind.BOOLEAN),
      Map.entry("java.lang.Boolean", ParameterKind.BOOLEAN),
      Map.entry("double", ParameterKind.DOUBLE), Map.entry("java.lang.Double", ParameterKind.DOUBLE),
      Map.entry("java.util.UUID", ParameterKind.UUID));

  /** What became of a catalog. */
  enum Outcome {
    /** Parsed: the model is ready. */
    PARSED,
    /** Wrong: errors were reported, nothing is to be generated. */
    FAILED,
    /** Refers to a type that another processor has not generated yet; try again next round. */
    DEFERRED
  }

  /** The outcome, and the model when it is {@link Outcome#PARSED}. */
  record Result(Outcome outcome, CatalogModel model) {}

  private final Elements elements;
  private final Reporter reporter;

  CatalogParser(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  Result parse(TypeElement catalog) {
    AnnotationMirror catalogMirror = findMirror(catalog, ERROR_CATALOG);
    if (catalog.getKind() != ElementKind.INTERFACE) {
      reporter.error(catalog, catalogMirror, null, ErrataMessage.CATALOG_KIND,
          catalog.getSimpleName(), kindName(catalog.getKind()));
      return failed();
    }
    if (!catalog.getTypeParameters().isEmpty()) {
      reporter.error(catalog, ErrataMessage.CATALOG_GENERIC, catalog.getSimpleName());
    }
    for (TypeMirror parent : catalog.getInterfaces()) {
      reporter.error(catalog, ErrataMessage.CATALOG_EXTENDS, catalog.getSimpleName(), parent);
    }
    if (isDeferred(catalog)) {
      return new Result(Outcome.DEFERRED, null);
    }

    AnnotationValue docsValue = value(catalogMirror, "docs");
    String docs = (String) docsValue.getValue();
    if (!docs.isEmpty() && !isHttpUrl(docs)) {
      reporter.error(catalog, catalogMirror, docsValue, ErrataMessage.URL, docs);
    }
    AnnotationValue nameValue = value(catalogMirror, "name");
    String stem = ((String) nameValue.getValue()).isEmpty()
        ? NameRules.stemOf(catalog.getSimpleName().toString())
        : (String) nameValue.getValue();
    if (stem.isEmpty() || !SourceVersion.isIdentifier(stem) || stem.contains("$")) {
      reporter.error(catalog, catalogMirror, nameValue, ErrataMessage.CATALOG_STEM, stem);
      return failed();
    }
    String catalogPolicy = enumName(value(catalogMirror, "stackTraces"));
    GeneratedNames names = new GeneratedNames(packageOf(catalog), stem);

    List<ErrorModel> errors = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(catalog.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      ErrorModel error = parseError(method, names, docs, catalogPolicy);
      if (error != null) {
        errors.add(error);
      }
    }
    checkUniqueness(catalog, names, docs, errors);
    if (reporter.hasErrors()) {
      return failed();
    }
    CatalogModel model = new CatalogModel(
        catalog.getQualifiedName().toString(),
        names,
        docs,
        Javadoc.parse(elements.getDocComment(catalog)).description(),
        List.copyOf(errors),
        elements.getTypeElement("com.fasterxml.jackson.core.StreamReadConstraints") != null,
        elements.getTypeElement("com.fasterxml.jackson.databind.module.SimpleModule") != null,
        StackTracePolicy.valueOf(catalogPolicy));
    return new Result(Outcome.PARSED, model);
  }

  private ErrorModel parseError(ExecutableElement method, GeneratedNames names, String docs,
      String catalogPolicy) {
    String methodName = method.getSimpleName().toString();
    AnnotationMirror mirror = findMirror(method, API_ERROR);
    if (mirror == null) {
      reporter.error(method, ErrataMessage.MISSING_API_ERROR, methodName);
      return null;
    }
    boolean ok = true;
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      reporter.error(method, ErrataMessage.RETURN_TYPE, methodName, method.getReturnType());
      ok = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(method, ErrataMessage.GENERIC_METHOD, methodName);
      ok = false;
    }
    if (!method.getThrownTypes().isEmpty()) {
      reporter.error(method, ErrataMessage.THROWS, methodName, method.getThrownTypes().stream()
          .map(TypeMirror::toString).collect(Collectors.joining(", ")));
      ok = false;
    }

    AnnotationValue statusValue = value(mirror, "status");
    int status = (Integer) statusValue.getValue();
    if (status < 400 || status > 599) {
      reporter.error(method, mirror, statusValue, ErrataMessage.STATUS, status);
      ok = false;
    }
    AnnotationValue titleValue = value(mirror, "title");
    String title = (String) titleValue.getValue();
    if (title.isBlank()) {
      reporter.error(method, mirror, titleValue, ErrataMessage.TITLE, methodName);
      ok = false;
    }
    AnnotationValue typeValue = value(mirror, "type");
    String type = ((String) typeValue.getValue()).isEmpty()
        ? NameRules.upperSnake(methodName)
        : (String) typeValue.getValue();
    if (!NameRules.isUpperSnake(type)) {
      reporter.error(method, mirror, typeValue, ErrataMessage.TYPE_FORMAT, type);
      ok = false;
    }
    AnnotationValue seeValue = value(mirror, "see");
    String see = (String) seeValue.getValue();
    if (!see.isEmpty() && !isHttpUrl(see)) {
      reporter.error(method, mirror, seeValue, ErrataMessage.URL, see);
      ok = false;
    }
    if (see.isEmpty()) {
      see = docs.isEmpty() ? null : docs + "#" + type;
    }

    Javadoc javadoc = Javadoc.parse(elements.getDocComment(method));
    List<ParameterModel> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      ParameterModel model = parseParameter(parameter, javadoc);
      if (model == null) {
        ok = false;
      } else {
        parameters.add(model);
      }
    }
    DetailTemplate detail = parseDetail(method, mirror, title, parameters);
    if (detail == null) {
      ok = false;
    }

    String policy = mirror.getElementValues().keySet().stream()
        .anyMatch(e -> e.getSimpleName().contentEquals("stackTrace"))
        ? enumName(value(mirror, "stackTrace"))
        : catalogPolicy;
    boolean capture = policy.equals("ALWAYS") || (policy.equals("BY_STATUS") && status >= 500);
    if (!ok) {
      return null;
    }
    return new ErrorModel(methodName, type, status, title, detail, see,
        (Boolean) value(mirror, "retryable").getValue(), capture, javadoc.description(),
        List.copyOf(parameters), names.errorException(methodName));
  }

  private ParameterModel parseParameter(VariableElement parameter, Javadoc javadoc) {
    String name = parameter.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    if (RESERVED_PARAMETER_NAMES.contains(name)) {
      reporter.error(parameter, ErrataMessage.PARAMETER_NAME, name, name);
      return null;
    }
    TypeName typeName = TypeName.get(type).withoutAnnotations();
    ParameterKind kind = KINDS.get(typeName.toString());
    if (kind != null) {
      return new ParameterModel(name, typeName, kind, List.of(), javadoc.param(name));
    }
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (element.getKind() == ElementKind.ENUM && !element.getModifiers().contains(Modifier.PRIVATE)) {
        List<String> constants = element.getEnclosedElements().stream()
            .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
            .map(e -> e.getSimpleName().toString())
            .collect(Collectors.toList());
        return new ParameterModel(name, ClassName.get(element), ParameterKind.ENUM,
            List.copyOf(constants), javadoc.param(name));
      }
    }
    reporter.error(parameter, ErrataMessage.PARAMETER_TYPE, name, type);
    return null;
  }

  private DetailTemplate parseDetail(ExecutableElement method, AnnotationMirror mirror, String title,
      List<ParameterModel> parameters) {
    AnnotationValue detailValue = value(mirror, "detail");
    String text = (String) detailValue.getValue();
    DetailTemplate detail;
    if (text.isEmpty()) {
      detail = TemplateParser.literal(title);
    } else {
      try {
        detail = TemplateParser.parse(text);
      } catch (TemplateParser.SyntaxException e) {
        reporter.error(method, mirror, detailValue, ErrataMessage.TEMPLATE_SYNTAX, text, e.getMessage());
        return null;
      }
    }
    Set<String> declared = new LinkedHashSet<>();
    for (VariableElement parameter : method.getParameters()) {
      declared.add(parameter.getSimpleName().toString());
    }
    Set<String> used = new LinkedHashSet<>();
    boolean ok = true;
    for (DetailTemplate.Segment segment : detail.segments()) {
      if (segment instanceof Placeholder placeholder) {
        used.add(placeholder.name());
        if (!declared.contains(placeholder.name())) {
          reporter.error(method, mirror, detailValue, ErrataMessage.UNKNOWN_PLACEHOLDER,
              placeholder.name(), method.getSimpleName(),
              declared.isEmpty() ? "no parameters" : String.join(", ", declared), placeholder.name());
          ok = false;
        }
      }
    }
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      if (!used.contains(name)) {
        reporter.error(parameter, ErrataMessage.UNUSED_PARAMETER, name, method.getSimpleName(), name);
        ok = false;
      }
    }
    if (ok && detail.hasAdjacentPlaceholders()) {
      reporter.warning(method, mirror, detailValue, ErrataMessage.AMBIGUOUS_TEMPLATE, text);
    }
    return ok && parameters.size() == method.getParameters().size() ? detail : null;
  }

  /** Duplicate types, and generated names that collide with each other or with the catalog. */
  private void checkUniqueness(TypeElement catalog, GeneratedNames names, String docs,
      List<ErrorModel> errors) {
    // Who owns each simple name in the package: the catalog-wide types never collide with each
    // other (their suffixes differ), but the catalog itself or an error's exception can.
    Map<String, String> owners = new HashMap<>();
    for (ClassName name : names.catalogTypes()) {
      owners.put(name.simpleName(), "the generated " + name.simpleName());
    }
    if (!catalog.getNestingKind().isNested()) {
      String simple = catalog.getSimpleName().toString();
      String owner = owners.putIfAbsent(simple, "the catalog " + simple);
      if (owner != null) {
        reporter.error(catalog, ErrataMessage.NAME_COLLISION,
            "the catalog " + simple + " has the name of " + owner);
      }
    }
    Map<String, ErrorModel> byType = new HashMap<>();
    for (ErrorModel error : errors) {
      Element method = methodNamed(catalog, error.methodName());
      ErrorModel previous = byType.putIfAbsent(error.type(), error);
      if (previous != null) {
        reporter.error(method, ErrataMessage.DUPLICATE_TYPE, error.type(), previous.methodName(),
            error.methodName());
      }
      if (!docs.isEmpty() && error.type().equals("INDEX")) {
        reporter.error(method, ErrataMessage.NAME_COLLISION,
            "type INDEX of " + error.methodName() + "() collides with the link constant INDEX");
      }
      String exception = error.exceptionName().simpleName();
      String owner = owners.putIfAbsent(exception, "the exception of " + error.methodName() + "()");
      if (owner != null) {
        reporter.error(method, ErrataMessage.NAME_COLLISION,
            "the exception " + exception + " of " + error.methodName() + "() collides with " + owner);
      }
    }
  }

  private static Element methodNamed(TypeElement catalog, String name) {
    for (ExecutableElement method : ElementFilter.methodsIn(catalog.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(name)) {
        return method;
      }
    }
    return catalog;
  }

  /** True where a parameter type is not yet generated: javac shows it as an error type. */
  private static boolean isDeferred(TypeElement catalog) {
    for (ExecutableElement method : ElementFilter.methodsIn(catalog.getEnclosedElements())) {
      for (VariableElement parameter : method.getParameters()) {
        if (parameter.asType().getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isHttpUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute()
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && !url.chars().anyMatch(Character::isWhitespace);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String packageOf(TypeElement type) {
    Element e = type;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static AnnotationMirror findMirror(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  private AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalStateException("no member " + name + " in " + mirror);
  }

  private static String enumName(AnnotationValue value) {
    return ((VariableElement) value.getValue()).getSimpleName().toString();
  }

  private static String kindName(ElementKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private Result failed() {
    return new Result(Outcome.FAILED, null);
  }
}
