package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The adapter's jar in an application that has only one half of Micronaut's HTTP: each bean
 * requires its half's classes, so the application starts with the other bean simply absent.
 */
class OptionalFrameworkTest {

  @Test
  void aClientOnlyApplicationStartsWithTheFilterAndWithoutTheHandler() throws Exception {
    try (URLClassLoader app = classpathWithout("micronaut-http-server-", "micronaut-router-", "logback-")) {
      assertThrows(ClassNotFoundException.class,
          () -> app.loadClass("io.micronaut.http.server.exceptions.ExceptionHandler"));
      assertEquals(List.of(true, false), beans(app));
    }
  }

  @Test
  void aServerOnlyApplicationStartsWithTheHandlerAndWithoutTheFilter() throws Exception {
    try (URLClassLoader app = classpathWithout("micronaut-http-client-", "logback-")) {
      assertThrows(ClassNotFoundException.class,
          () -> app.loadClass("io.micronaut.http.client.exceptions.HttpClientResponseException"));
      assertEquals(List.of(false, true), beans(app));
    }
  }

  /** Starts a context in that class loader: whether it has the filter, whether it has the handler. */
  private static List<Boolean> beans(ClassLoader loader) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> contexts = loader.loadClass("io.micronaut.context.ApplicationContext");
      Object builder = contexts.getMethod("builder", ClassLoader.class).invoke(null, loader);
      Object context = builder.getClass().getMethod("start").invoke(builder);
      try {
        // By name: loading the handler's class where the server is missing would itself fail.
        Set<String> names = new HashSet<>();
        for (Object definition : (Collection<?>) contexts.getMethod("getAllBeanDefinitions").invoke(context)) {
          Method beanType = definition.getClass().getMethod("getBeanType");
          beanType.setAccessible(true);
          names.add(((Class<?>) beanType.invoke(definition)).getName());
        }
        return List.of(names.contains("io.github.errata.micronaut.ErrataClientFilter"),
            names.contains("io.github.errata.micronaut.ApiErrorExceptionHandler"));
      } finally {
        ((AutoCloseable) context).close();
      }
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * The tests' class path without the jars whose names start so. The module's test classes are
   * left out too (they are an application with a server and clients: the adapter's own classes are
   * the point), and so is logback, whose test configuration is among them.
   */
  private static URLClassLoader classpathWithout(String... jars) throws Exception {
    List<URL> urls = new ArrayList<>();
    boolean removed = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName();
      boolean dropped = entry.endsWith("test-classes");
      for (String jar : jars) {
        if (name.startsWith(jar)) {
          dropped = true;
          removed = true;
        }
      }
      if (!dropped) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    assertTrue(removed, "the class path had none of the jars to leave out");
    assertFalse(urls.isEmpty());
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
