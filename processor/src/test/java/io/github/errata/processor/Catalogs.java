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

  /** Every generated source, by simple file name, in name order. */
  static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      try {
        sources.put(name, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }
}
