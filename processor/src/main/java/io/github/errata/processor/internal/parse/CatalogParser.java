package io.github.errata.processor.internal.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.errata.StackTrace;
import io.github.errata.WireFormat;
import io.github.errata.processor.internal.Outputs;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import io.github.errata.processor.internal.model.JacksonFlavour;
import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.processor.internal.model.WireModel;
import io.github.errata.processor.internal.write.ResponseExceptionMapperWriter;
import io.github.errata.runtime.internal.ArgumentKind;
import io.github.errata.runtime.internal.DetailTemplate.Placeholder;
import io.github.errata.runtime.internal.DetailTemplate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
public final class CatalogParser {

  /** The catalog annotation's name: the processor refers to it by name, as it does to Jackson. */
  public static final String ERROR_CATALOG = "io.github.errata.ErrorCatalog";
  /** The error annotation's name. */
  public static final String API_ERROR = "io.github.errata.ApiError";

  /** Names a parameter cannot take: an output's member of that name would clash with its accessor. */
  private static final Set<String> RESERVED_PARAMETER_NAMES = Outputs.reservedParameterNames();

  private static final Map<String, ArgumentKind> KINDS = Map.ofEntries(
      Map.entry("java.lang.String", ArgumentKind.STRING),
      Map.entry("int", ArgumentKind.INT), Map.entry("java.lang.Integer", ArgumentKind.INT),
      Map.entry("long", ArgumentKind.LONG), Map.entry("java.lang.Long", ArgumentKind.LONG),
      Map.entry("boolean", ArgumentKind.BOOLEAN),
      Map.entry("java.lang.Boolean", ArgumentKind.BOOLEAN),
      Map.entry("double", ArgumentKind.DOUBLE), Map.entry("java.lang.Double", ArgumentKind.DOUBLE),
      Map.entry("java.util.UUID", ArgumentKind.UUID));

  /** What became of a catalog. */
  public enum Outcome {
    /** Parsed: the model is ready. */
    PARSED,
    /** Wrong: errors were reported, nothing is to be generated. */
    FAILED,
    /** Refers to a type that another processor has not generated yet; try again next round. */
    DEFERRED
  }

  /** The outcome, and the model when it is {@link Outcome#PARSED}. */
  public record Result(Outcome outcome, CatalogModel model) {}

  /** An error as parsed, with where it was declared, for diagnostics that span several errors. */
  private record Declared(ErrorModel model, ExecutableElement method, AnnotationMirror mirror) {}

  private final Elements elements;
  private final DocComments docComments;
  /** The doc comments of the catalog being parsed, read in one pass. */
  private Map<Element, String> memberDocs = Map.of();
  private final Reporter reporter;
  private final Map<String, String> takenNames;

  /**
   * A parser for one catalog.
   *
   * @param elements the compilation's elements
   * @param docComments where doc comments are read
   * @param reporter where mistakes go
   * @param takenNames qualified names already taken in this compilation (hand-written types,
   *     types generated for other catalogs), each with a description of its owner
   */
  public CatalogParser(Elements elements, DocComments docComments, Reporter reporter,
      Map<String, String> takenNames) {
    this.elements = elements;
    this.docComments = docComments;
    this.reporter = reporter;
    this.takenNames = takenNames;
  }

  /**
   * Parses and validates a catalog.
   *
   * @param catalog the interface annotated {@code @ErrorCatalog}
   * @return the model, or why there is none
   */
  public Result parse(TypeElement catalog) {
    AnnotationMirror catalogMirror = findMirror(catalog, ERROR_CATALOG);
    if (catalog.getKind() != ElementKind.INTERFACE) {
      String kind = kindName(catalog.getKind());
      reporter.error(catalog, catalogMirror, null, ErrataMessage.CATALOG_KIND,
          catalog.getSimpleName(), ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind);
      return failed();
    }
    if (!catalog.getTypeParameters().isEmpty()) {
      reporter.error(catalog.getTypeParameters().get(0), ErrataMessage.CATALOG_GENERIC,
          catalog.getSimpleName());
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
    } else if (docs.contains("#")) {
      reporter.error(catalog, catalogMirror, docsValue, ErrataMessage.DOCS_FRAGMENT, docs);
    }
    AnnotationValue nameValue = value(catalogMirror, "name");
    String stem = ((String) nameValue.getValue()).isEmpty()
        ? NameRules.stemOf(catalog.getSimpleName().toString())
        : (String) nameValue.getValue();
    if (stem.isEmpty() || !SourceVersion.isIdentifier(stem) || stem.contains("$")) {
      String why = stem.isEmpty()
          ? "removing the trailing Errors, Error or Catalog from " + catalog.getSimpleName()
              + " leaves no stem for the generated names"
          : "the stem '" + stem + "' cannot start a Java type name";
      reporter.error(catalog, catalogMirror, explicitValue(catalogMirror, "name"),
          ErrataMessage.CATALOG_STEM, why);
      return failed();
    }
    StackTrace catalogPolicy = StackTrace.valueOf(enumName(value(catalogMirror, "stackTraces")));
    WireModel wire = WireModel.of(WireFormat.valueOf(enumName(value(catalogMirror, "wire"))));
    GeneratedNames names = new GeneratedNames(packageOf(catalog), stem);
    AnnotationValue languageValue = value(catalogMirror, "language");
    String language = Languages.canonical((String) languageValue.getValue());
    if (language == null) {
      reporter.error(catalog, catalogMirror, languageValue, ErrataMessage.LANGUAGE,
          languageValue.getValue());
    }

    List<ExecutableElement> methods = ElementFilter.methodsIn(catalog.getEnclosedElements());
    memberDocs = docComments.ofMembers(catalog);
    long abstractMethods = methods.stream()
        .filter(method -> method.getModifiers().contains(Modifier.ABSTRACT))
        .count();
    if (abstractMethods > CatalogModel.MAX_ERRORS) {
      reporter.error(catalog, ErrataMessage.CATALOG_SIZE, catalog.getSimpleName(), abstractMethods,
          CatalogModel.MAX_ERRORS);
      return failed();
    }
    List<Declared> errors = new ArrayList<>();
    for (ExecutableElement method : methods) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        AnnotationMirror misplaced = findMirror(method, API_ERROR);
        if (misplaced != null) {
          reporter.error(method, misplaced, null, ErrataMessage.NOT_ABSTRACT, method.getSimpleName());
        }
        continue;
      }
      ErrorModel error = parseError(method, names, docs, catalogPolicy, wire);
      if (error != null) {
        errors.add(new Declared(error, method, findMirror(method, API_ERROR)));
      }
    }
    checkCatalogNames(catalog, catalogMirror, names);
    checkErrorNames(names, docs, errors);
    if (wire.format() == WireFormat.PROBLEM_JSON) {
      checkProblemTypes(errors);
    }
    if (reporter.hasErrors()) {
      return failed();
    }
    CatalogModel model = new CatalogModel(
        catalog.getQualifiedName().toString(),
        names,
        docs,
        Javadoc.parse(docComments.of(catalog)).description(),
        wire,
        errors.stream().map(Declared::model).toList(),
        Arrays.stream(JacksonFlavour.values())
            .filter(flavour -> elements.getTypeElement(flavour.marker()) != null)
            .toList(),
        elements.getTypeElement(ResponseExceptionMapperWriter.MARKER) != null,
        language,
        List.of());
    return new Result(Outcome.PARSED, model);
  }

  private ErrorModel parseError(ExecutableElement method, GeneratedNames names, String docs,
      StackTrace catalogPolicy, WireModel wire) {
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
      // Its parameters' types would be the type variables: one error says it all.
      reporter.error(method, ErrataMessage.GENERIC_METHOD, methodName);
      return null;
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
    boolean problem = wire.format() == WireFormat.PROBLEM_JSON;
    if (problem && see == null) {
      reporter.error(method, mirror, null, ErrataMessage.PROBLEM_LINK, methodName);
      ok = false;
    }

    Javadoc javadoc = Javadoc.parse(memberDocs.get(method));
    List<ParameterModel> parameters = new ArrayList<>();
    Set<String> namedTypes = typesNamedInExpressions(method, names);
    for (VariableElement parameter : method.getParameters()) {
      ParameterModel model = parseParameter(parameter, javadoc, names.packageName(), wire);
      if (model != null && namedTypes.contains(model.name())) {
        reporter.error(parameter, ErrataMessage.PARAMETER_NAME, model.name(),
            "would hide the type " + model.name() + ", which the generated exception names");
        model = null;
      }
      if (model == null) {
        ok = false;
      } else {
        parameters.add(model);
      }
    }
    DetailTemplate detail = parseDetail(method, mirror, title);
    if (detail == null) {
      ok = false;
    }
    List<String> example = ok ? parseExample(method, mirror, parameters) : List.of();
    if (example == null) {
      ok = false;
    }

    AnnotationValue stackTrace = explicitValue(mirror, "stackTrace");
    StackTrace policy = stackTrace != null ? StackTrace.valueOf(enumName(stackTrace)) : catalogPolicy;
    boolean capture = switch (policy) {
      case ALWAYS -> true;
      case NEVER -> false;
      case BY_STATUS -> status >= 500;
    };
    if (!ok) {
      return null;
    }
    return new ErrorModel(methodName, type, status, title, detail, see,
        (Boolean) value(mirror, "retryable").getValue(), capture, javadoc.description(),
        List.copyOf(parameters), example, names.errorException(methodName));
  }

  /** The example values, checked against the parameters; null after reporting a mistake. */
  private List<String> parseExample(ExecutableElement method, AnnotationMirror mirror,
      List<ParameterModel> parameters) {
    AnnotationValue exampleValue = value(mirror, "example");
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) exampleValue.getValue();
    if (values.isEmpty()) {
      return List.of();
    }
    String methodName = method.getSimpleName().toString();
    if (values.size() != parameters.size()) {
      reporter.error(method, mirror, exampleValue, ErrataMessage.EXAMPLE, methodName,
          "gives " + values.size() + " value" + (values.size() == 1 ? "" : "s") + " for "
              + parameters.size() + " parameter" + (parameters.size() == 1 ? "" : "s"));
      return null;
    }
    List<String> example = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String text = (String) values.get(i).getValue();
      ParameterModel parameter = parameters.get(i);
      if (!ExampleValues.readsBack(parameter, text)) {
        reporter.error(method, mirror, values.get(i), ErrataMessage.EXAMPLE, methodName,
            "gives \"" + text + "\" for " + parameter.name() + ", which does not read back as "
                + ExampleValues.describe(parameter));
        return null;
      }
      example.add(text);
    }
    return List.copyOf(example);
  }

  /**
   * The types an error's exception names in expressions, where one of its fields or locals of the
   * same name would hide them: the error enum, the base exception, and the outermost type of each
   * enum parameter. Only a lower-case stem or type name can meet a parameter's name.
   */
  private static Set<String> typesNamedInExpressions(ExecutableElement method, GeneratedNames names) {
    Set<String> types = new HashSet<>(
        List.of(names.errorEnum().simpleName(), names.exception().simpleName()));
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.asType().getKind() == TypeKind.DECLARED) {
        Element type = ((DeclaredType) parameter.asType()).asElement();
        if (type.getKind() == ElementKind.ENUM) {
          while (type.getEnclosingElement() instanceof TypeElement outer) {
            type = outer;
          }
          types.add(type.getSimpleName().toString());
        }
      }
    }
    return types;
  }

  private ParameterModel parseParameter(VariableElement parameter, Javadoc javadoc,
      String packageName, WireModel wire) {
    String name = parameter.getSimpleName().toString();
    TypeMirror type = parameter.asType();
    if (wire.format() == WireFormat.PROBLEM_JSON && wire.memberNames().contains(name)) {
      // Said before the clash with the accessor of that name, since it is the reason that stays.
      reporter.error(parameter, ErrataMessage.PROBLEM_MEMBER, name,
          parameter.getEnclosingElement().getSimpleName(), name);
      return null;
    }
    if (name.equals(packageName.split("\\.")[0])) {
      reporter.error(parameter, ErrataMessage.PARAMETER_NAME, name,
          "would hide the package " + name + ", which generated code may name in full");
      return null;
    }
    if (RESERVED_PARAMETER_NAMES.contains(name)) {
      reporter.error(parameter, ErrataMessage.PARAMETER_NAME, name,
          "would clash with " + name + "() of the generated exception");
      return null;
    }
    if (!Character.isLowerCase(name.charAt(0))) {
      // The name is also a field's, and a field named like a type hides that type.
      reporter.error(parameter, ErrataMessage.PARAMETER_NAME, name,
          "must start with a lower-case letter, as it also names a field and an accessor");
      return null;
    }
    TypeName typeName = TypeName.get(type).withoutAnnotations();
    ArgumentKind kind = KINDS.get(typeName.toString());
    if (kind != null) {
      return new ParameterModel(name, typeName, kind, List.of(), javadoc.param(name));
    }
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (element.getKind() == ElementKind.ENUM) {
        String hidden = hiddenFrom(element, packageName);
        if (hidden != null) {
          reporter.error(parameter, ErrataMessage.PARAMETER_ACCESS, name, type,
              packageName.isEmpty() ? "the unnamed package" : "package " + packageName, hidden);
          return null;
        }
        List<String> constants = element.getEnclosedElements().stream()
            .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
            .map(e -> e.getSimpleName().toString())
            .collect(Collectors.toList());
        return new ParameterModel(name, ClassName.get(element), ArgumentKind.ENUM,
            List.copyOf(constants), javadoc.param(name));
      }
    }
    reporter.error(parameter, ErrataMessage.PARAMETER_TYPE, name, type);
    return null;
  }

  /**
   * Why generated code in {@code packageName} cannot name {@code type}, or null if it can: each
   * type from {@code type} outwards must be public, or package-private in that very package.
   */
  private String hiddenFrom(TypeElement type, String packageName) {
    boolean samePackage = elements.getPackageOf(type).getQualifiedName().contentEquals(packageName);
    for (Element e = type; e.getKind().isClass() || e.getKind().isInterface();
        e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return e.getSimpleName() + " is private";
      }
      if (!samePackage && !modifiers.contains(Modifier.PUBLIC)) {
        return e.getSimpleName() + " is not public";
      }
    }
    return null;
  }

  private DetailTemplate parseDetail(ExecutableElement method, AnnotationMirror mirror,
      String title) {
    AnnotationValue detailValue = value(mirror, "detail");
    String text = (String) detailValue.getValue();
    DetailTemplate detail;
    if (text.isEmpty()) {
      detail = DetailTemplate.literal(title);
    } else {
      try {
        detail = DetailTemplate.parse(text);
      } catch (IllegalArgumentException e) {
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
              declared.isEmpty() ? "it has none" : "it has " + String.join(", ", declared),
              placeholder.name());
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
    return ok ? detail : null;
  }

  /**
   * The catalog-wide generated types must not take a name that is already taken. (Whether a type
   * of the package hides a java.lang type that generated code uses is known once the code is
   * built: JavaLangCheck.)
   */
  private void checkCatalogNames(TypeElement catalog, AnnotationMirror mirror,
      GeneratedNames names) {
    for (ClassName name : Outputs.catalogTypes(names)) {
      String owner = takenNames.get(name.canonicalName());
      if (owner == null && !catalog.getNestingKind().isNested()
          && catalog.getSimpleName().contentEquals(name.simpleName())) {
        owner = "the catalog itself";
      }
      if (owner != null) {
        AnnotationValue nameValue = explicitValue(mirror, "name");
        reporter.error(catalog, nameValue == null ? null : mirror, nameValue, ErrataMessage.NAME_COLLISION,
            "the generated " + name.simpleName() + " would have the name of " + owner
                + "; give @ErrorCatalog another name = \"...\", or rename the catalog");
        return;
      }
    }
  }

  /**
   * Each error needs its own method name, type and exception name, and none may be taken by
   * another type of the package.
   */
  private void checkErrorNames(GeneratedNames names, String docs, List<Declared> errors) {
    Map<String, Declared> byMethod = new HashMap<>();
    Map<String, Declared> byType = new HashMap<>();
    Map<String, Declared> byException = new HashMap<>();
    for (Declared error : errors) {
      ErrorModel model = error.model();
      String exception = model.exceptionName().simpleName();
      if (byMethod.putIfAbsent(model.methodName(), error) != null) {
        reporter.error(error.method(), ErrataMessage.NAME_COLLISION,
            model.methodName() + "() is overloaded, but each error needs a method of its own, which"
                + " names its exception " + exception + "; rename one of them");
        continue;
      }
      AnnotationValue typeValue = explicitValue(error.mirror(), "type");
      Declared sameType = byType.putIfAbsent(model.type(), error);
      if (sameType != null) {
        reporter.error(error.method(), error.mirror(), typeValue, ErrataMessage.DUPLICATE_TYPE,
            model.type(), sameType.model().methodName(), model.methodName());
      }
      if (!docs.isEmpty() && model.type().equals("INDEX")) {
        reporter.error(error.method(), error.mirror(), typeValue, ErrataMessage.NAME_COLLISION,
            "type INDEX of " + model.methodName() + "() would clash with the link constant INDEX"
                + " of the catalog's docs; give the error another type");
      }
      String owner = takenNames.get(model.exceptionName().canonicalName());
      if (owner == null
          && Outputs.catalogTypes(names).stream().anyMatch(n -> n.simpleName().equals(exception))) {
        owner = "the generated " + exception;
      }
      Declared sameException = byException.putIfAbsent(exception, error);
      if (owner == null && sameException != null) {
        owner = "the exception of " + sameException.model().methodName() + "()";
      }
      if (owner != null) {
        reporter.error(error.method(), ErrataMessage.NAME_COLLISION,
            "the exception " + exception + " of " + model.methodName() + "() would have the name of "
                + owner + "; rename the method");
      }
    }
  }

  /**
   * On RFC 9457's wire the link is the type URI that a client tells errors apart by, so no two
   * errors may share one.
   */
  private void checkProblemTypes(List<Declared> errors) {
    Map<String, Declared> bySee = new HashMap<>();
    for (Declared error : errors) {
      Declared same = bySee.putIfAbsent(error.model().see(), error);
      if (same != null) {
        AnnotationValue seeValue = explicitValue(error.mirror(), "see");
        reporter.error(error.method(), error.mirror(), seeValue,
            ErrataMessage.PROBLEM_DUPLICATE_TYPE, same.model().methodName(),
            error.model().methodName(), error.model().see());
      }
    }
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

  /** The value as written in the source, or null where the member is left at its default. */
  private static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
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
