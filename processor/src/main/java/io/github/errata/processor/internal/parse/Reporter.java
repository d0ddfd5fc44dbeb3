package io.github.errata.processor.internal.parse;

import io.github.errata.processor.compat.Finding;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports diagnostics for one catalog through the {@link Messager}, and remembers whether any was an error. */
public final class Reporter {

  private final Messager messager;
  private boolean hasErrors;

  /**
   * A reporter for one catalog.
   *
   * @param messager where diagnostics go
   */
  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on the element, underlining the annotation value where there is one. */
  public void error(Element element, AnnotationMirror mirror, AnnotationValue value, ErrataMessage message,
      Object... args) {
    hasErrors = true;
    print(Diagnostic.Kind.ERROR, element, mirror, value, message, args);
  }

  /** Reports an error on the element. */
  public void error(Element element, ErrataMessage message, Object... args) {
    error(element, null, null, message, args);
  }

  /** Reports a warning on the element, underlining the annotation value where there is one. */
  public void warning(Element element, AnnotationMirror mirror, AnnotationValue value, ErrataMessage message,
      Object... args) {
    print(Diagnostic.Kind.WARNING, element, mirror, value, message, args);
  }

  /** Reports a note on the element. */
  public void note(Element element, ErrataMessage message, Object... args) {
    print(Diagnostic.Kind.NOTE, element, null, null, message, args);
  }

  /**
   * Reports a finding of the compatibility check, whose text carries its own key: a break or an
   * error as an error, a warning as a warning, a safe change as a note.
   */
  public void compat(Element element, Finding finding) {
    Diagnostic.Kind kind = switch (finding.verdict()) {
      case BREAK, ERROR -> Diagnostic.Kind.ERROR;
      case WARNING -> Diagnostic.Kind.WARNING;
      case SAFE -> Diagnostic.Kind.NOTE;
    };
    hasErrors |= kind == Diagnostic.Kind.ERROR;
    messager.printMessage(kind, finding.text(), element);
  }

  /** Whether an error was reported. */
  public boolean hasErrors() {
    return hasErrors;
  }

  private void print(Diagnostic.Kind kind, Element element, AnnotationMirror mirror,
      AnnotationValue value, ErrataMessage message, Object... args) {
    String text = message.format(args);
    if (mirror == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, mirror);
    } else {
      messager.printMessage(kind, text, element, mirror, value);
    }
  }
}
