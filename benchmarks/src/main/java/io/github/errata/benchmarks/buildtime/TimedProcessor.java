package io.github.errata.benchmarks.buildtime;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A processor that hands every call to another and adds up the time spent in its {@code init}
 * and {@code process}: the processor's own work, without what javac then does with its output.
 */
final class TimedProcessor implements Processor {

  private final Processor delegate;
  private long nanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Nanoseconds spent inside the delegate's {@code init} and {@code process} so far. */
  long nanos() {
    return nanos;
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
  public void init(ProcessingEnvironment processingEnv) {
    long start = System.nanoTime();
    delegate.init(processingEnv);
    nanos += System.nanoTime() - start;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    long start = System.nanoTime();
    boolean claimed = delegate.process(annotations, roundEnv);
    nanos += System.nanoTime() - start;
    return claimed;
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
      ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
