package io.github.errata.processor;

import com.google.auto.service.AutoService;
import io.github.errata.processor.internal.OutputFiler;
import io.github.errata.processor.internal.compat.CompatibilityStep;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.JacksonFlavour;
import io.github.errata.processor.internal.parse.CatalogParser;
import io.github.errata.processor.internal.parse.DocComments;
import io.github.errata.processor.internal.parse.ErrataMessage;
import io.github.errata.processor.internal.parse.JavaLangCheck;
import io.github.errata.processor.internal.parse.Reporter;
import io.github.errata.processor.internal.parse.RuntimeCheck;
import io.github.errata.processor.internal.parse.TranslationParser;
import io.github.errata.processor.internal.write.GeneratedCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates an HTTP API's error types from each {@code @ErrorCatalog} interface: parse and
 * validate the catalog into a model, then hand the model to the outputs, which the filer marks
 * and writes.
 */
@AutoService(Processor.class)
public final class ErrataProcessor extends AbstractProcessor {

  /** Catalogs that refer to types not generated yet, by qualified name, retried each round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /**
   * Top-level type names already taken in this compilation, with their owner: the types of the
   * sources, and those generated for earlier catalogs. A generated type must not take one.
   */
  private final Map<String, String> takenNames = new HashMap<>();

  /**
   * By package, the java.lang types that code generated so far names by their simple names: a
   * later catalog of the package must not generate a type that would hide one.
   */
  private final Map<String, Set<String>> javaLangUsed = new HashMap<>();

  /** Everything generated so far, so it is not mistaken for hand-written code in a later round. */
  private final Set<String> generated = new HashSet<>();

  /** Creates the processor; javac does this through the service loader. */
  public ErrataProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated and Jackson's @JsonSerialize and @JsonDeserialize too: the code written here
    // carries them, and javac's -Xlint:processing warns about an annotation that no processor
    // claims, which fails a user's -Werror build.
    Set<String> types = new LinkedHashSet<>(List.of(CatalogParser.ERROR_CATALOG,
        CatalogParser.API_ERROR, GeneratedCode.GENERATED.canonicalName()));
    for (JacksonFlavour flavour : JacksonFlavour.values()) {
      types.add(flavour.jsonSerialize().canonicalName());
      types.add(flavour.jsonDeserialize().canonicalName());
    }
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new LinkedHashSet<>(CompatibilityStep.OPTIONS);
    options.addAll(TranslationParser.OPTIONS);
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> catalogs = new ArrayList<>();
    for (String name : deferred) {
      TypeElement catalog = processingEnv.getElementUtils().getTypeElement(name);
      if (catalog != null) {
        catalogs.add(catalog);
      }
    }
    deferred.clear();
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type && !generated.contains(type.getQualifiedName().toString())) {
        takenNames.put(type.getQualifiedName().toString(), "the type " + type.getQualifiedName());
      }
    }
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(CatalogParser.ERROR_CATALOG);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        catalogs.add((TypeElement) element);
      }
    }
    reportErrorsOutsideCatalogs(round);
    for (TypeElement catalog : catalogs) {
      processCatalog(catalog, round.processingOver());
    }
    // Claimed, so that -Xlint:processing stays quiet in users' builds (see above).
    return true;
  }

  /** An {@code @ApiError} outside a catalog would silently do nothing: say so. */
  private void reportErrorsOutsideCatalogs(RoundEnvironment round) {
    TypeElement apiError = processingEnv.getElementUtils().getTypeElement(CatalogParser.API_ERROR);
    if (apiError == null) {
      return;
    }
    for (Element method : round.getElementsAnnotatedWith(apiError)) {
      Element owner = method.getEnclosingElement();
      boolean inCatalog = owner.getAnnotationMirrors().stream().anyMatch(mirror ->
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
              .contentEquals(CatalogParser.ERROR_CATALOG));
      if (!inCatalog) {
        new Reporter(processingEnv.getMessager()).error(method, ErrataMessage.NO_CATALOG,
            method.getSimpleName(), owner.getSimpleName());
      }
    }
  }

  /** One catalog, inside a try: a bug here becomes an error on this catalog, never a javac crash. */
  private void processCatalog(TypeElement catalog, boolean lastRound) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    DocComments docComments = DocComments.of(processingEnv);
    try {
      if (!RuntimeCheck.check(processingEnv.getElementUtils(), catalog, reporter)) {
        return;
      }
      CatalogParser.Result result =
          new CatalogParser(processingEnv.getElementUtils(), docComments, reporter, takenNames)
              .parse(catalog);
      switch (result.outcome()) {
        case PARSED -> {
          // Built in memory first: which java.lang types the code names is read from it, and a
          // type that would hide one stops the catalog before anything (a baseline too) is written.
          CatalogModel model = new TranslationParser(processingEnv.getOptions())
              .parse(catalog, result.model(), reporter);
          if (model == null) {
            return; // a translation file is wrong: reported, and nothing is written
          }
          OutputFiler.Rendered rendered = OutputFiler.render(model, catalog);
          String packageName = model.names().packageName();
          if (JavaLangCheck.check(processingEnv.getElementUtils(), catalog, model, rendered,
                  takenNames, javaLangUsed.getOrDefault(packageName, Set.of()), reporter)
              && new CompatibilityStep(processingEnv.getOptions(), processingEnv.getElementUtils())
                  .run(catalog, model, reporter)) {
            write(catalog, model, rendered);
            javaLangUsed.computeIfAbsent(packageName, p -> new TreeSet<>())
                .addAll(rendered.javaLangNames());
          }
        }
        case DEFERRED -> {
          if (lastRound) {
            // Javac reports the unresolved type itself; nothing of ours would help.
            return;
          }
          deferred.add(catalog.getQualifiedName().toString());
        }
        case FAILED -> { }
      }
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Exception | Error e) {
      // Anything at all (a bug here, in JavaPoet, a Filer failure): an error on this catalog.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(catalog, ErrataMessage.INTERNAL, catalog.getQualifiedName(), trace);
    }
  }

  private void write(TypeElement catalog, CatalogModel model, OutputFiler.Rendered rendered)
      throws IOException {
    for (String name : new OutputFiler(processingEnv.getFiler()).write(rendered, catalog)) {
      generated.add(name);
      takenNames.put(name, "a type generated for the catalog " + model.catalogName());
    }
  }
}
