package io.github.errata.processor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import io.github.errata.ErrorCatalog;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs the real processor behind a {@link Filer} that records each file it creates and the file's
 * originating elements, which javac does not expose: Gradle's isolating mode needs exactly one per
 * file, and a catalog with a mistake must create none. Its {@link Messager} records the catalogs
 * that errors were reported in.
 */
final class RecordingProcessor implements Processor {

  private final Processor delegate = new ErrataProcessor();
  private final boolean failWrites;
  /** Qualified name of each created file, and the originating elements it was created with. */
  final Map<String, List<Element>> origins = new LinkedHashMap<>();
  /** The catalogs (or other top-level elements) that enclose an element an error was reported on. */
  final Set<Element> failed = new LinkedHashSet<>();

  RecordingProcessor() {
    this(false);
  }

  /** With {@code failWrites}, every file the processor creates fails, as a broken disk would. */
  RecordingProcessor(boolean failWrites) {
    this.failWrites = failWrites;
  }

  /** The names of the files the processor created, in order. */
  List<String> created() {
    return List.copyOf(origins.keySet());
  }

  @Override
  public void init(ProcessingEnvironment environment) {
    Filer filer = new RecordingFiler(environment.getFiler());
    ProcessingEnvironment recording = (ProcessingEnvironment) Proxy.newProxyInstance(
        ProcessingEnvironment.class.getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getFiler")) {
            return filer;
          }
          if (method.getName().equals("getMessager")) {
            return recording(environment.getMessager());
          }
          try {
            return method.invoke(environment, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    delegate.init(recording);
  }

  private Messager recording(Messager messager) {
    return (Messager) Proxy.newProxyInstance(Messager.class.getClassLoader(),
        new Class<?>[] {Messager.class},
        (proxy, method, args) -> {
          if (method.getName().equals("printMessage") && args[0] == Diagnostic.Kind.ERROR
              && args.length > 2) {
            failed.add(catalogOf((Element) args[2]));
          }
          try {
            return method.invoke(messager, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** The innermost enclosing @ErrorCatalog type, or the outermost type if there is none. */
  private static Element catalogOf(Element element) {
    Element outermost = element;
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getAnnotation(ErrorCatalog.class) != null) {
        return e;
      }
      outermost = e;
    }
    return outermost;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends javax.annotation.processing.Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      if (failWrites) {
        throw new IllegalStateException("disk on fire");
      }
      origins.put(name.toString(), new ArrayList<>(List.of(originatingElements)));
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      origins.put(name.toString(), new ArrayList<>(List.of(originatingElements)));
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName, Element... originatingElements) throws IOException {
      origins.put(moduleAndPkg + "/" + relativeName, new ArrayList<>(List.of(originatingElements)));
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
        CharSequence relativeName) throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
