package io.github.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A catalog compiled in memory with the processor, its generated classes loaded, so tests can
 * run generated code that the sample module does not have (every argument kind, every policy).
 */
final class CompiledCatalog extends ClassLoader {
  /**
   * This module's directory, found from where the test classes were loaded
   * ({@code target/test-classes}), so that a test reads its files whether it runs from the module,
   * from the repository's root or from an IDE.
   */
  static Path moduleDirectory() {
    try {
      return Path.of(CompiledCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }


  private final Map<String, byte[]> classes = new HashMap<>();

  private CompiledCatalog(Compilation compilation) {
    super(CompiledCatalog.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String binary = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(binary, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** Compiled with processor options too, each as {@code key=value}. */
  static CompiledCatalog compile(List<String> options, JavaFileObject... sources) {
    List<String> all = new java.util.ArrayList<>(List.of("-Xlint:all", "-Werror"));
    options.forEach(option -> all.add("-A" + option));
    Compilation compilation = com.google.testing.compile.Compiler.javac().withOptions(all)
        .withProcessors(new ErrataProcessor()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledCatalog(compilation);
  }

  static CompiledCatalog compile(JavaFileObject... sources) {
    Compilation compilation = Catalogs.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledCatalog(compilation);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  Class<?> type(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls the public constructor of that many parameters. */
  Object create(String type, Object... arguments) {
    for (Constructor<?> constructor : type(type).getConstructors()) {
      if (constructor.getParameterCount() == arguments.length
          && (arguments.length == 0
              || constructor.getParameterTypes()[arguments.length - 1] != Throwable.class)) {
        try {
          return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no constructor of " + arguments.length + " in " + type);
  }

  /** Calls a public method by name (static where {@code target} is a type name). */
  Object call(Object target, String method, Object... arguments) {
    Class<?> type = target instanceof String name ? type(name) : target.getClass();
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length
          && fits(candidate.getParameterTypes(), arguments)) {
        try {
          candidate.setAccessible(true); // a package-private enum of the catalog, say
          return candidate.invoke(target instanceof String ? null : target, arguments);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no method " + method + " in " + type);
  }

  private static boolean fits(Class<?>[] parameters, Object[] arguments) {
    for (int i = 0; i < parameters.length; i++) {
      if (arguments[i] != null && !parameters[i].isPrimitive()
          && !parameters[i].isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }
}
