package io.github.errata.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** The classes a compilation wrote, loaded over a chosen parent. */
final class GeneratedClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation, ClassLoader parent) {
    super(parent);
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

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  List<Class<?>> generated() throws ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    for (String name : classes.keySet().stream().sorted().toList()) {
      types.add(loadClass(name));
    }
    return types;
  }

  @Override
  public String toString() {
    return "classes " + Arrays.toString(classes.keySet().toArray());
  }
}
