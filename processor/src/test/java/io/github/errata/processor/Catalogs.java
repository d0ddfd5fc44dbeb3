package io.github.errata.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/** Compiles test catalogs from the test resources with the processor, and reads what it wrote. */
final class Catalogs {

  /** One javac for every test compilation: the property test compiles hundreds of catalogs. */
  private static final Compiler JAVAC =
      Compiler.compiler(ToolProvider.getSystemJavaCompiler()).withOptions("-Xlint:all", "-Werror");

  private Catalogs() {}

  /** A catalog source from {@code src/test/resources}, such as {@code good/test/PaymentErrors.java}. */
  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  static Compilation compile(Processor processor, JavaFileObject... sources) {
    return JAVAC.withProcessors(processor).compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(new ErrataProcessor(), sources);
  }

  /**
   * Every generated file, by simple file name, in name order: the sources, and the documentation
   * files written to the class output ({@code test.PaymentErrors.md}, ...).
   */
  static Map<String, String> generatedFiles(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      try {
        files.put(name, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Only the generated Java sources, by simple file name. */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>(generatedFiles(compilation));
    sources.keySet().removeIf(name -> !name.endsWith(".java"));
    return sources;
  }
}
