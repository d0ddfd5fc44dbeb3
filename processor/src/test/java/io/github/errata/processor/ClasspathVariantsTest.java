package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The sample's catalog built three ways, as three users would build it: with only
 * {@code errata-runtime}, with only Jackson 3 beside it, and with only Jackson 2. Each compiles
 * under {@code -Xlint:all -Werror}, gets the modules its classpath allows and no other, and then
 * runs on that classpath alone (not the test's): every error round-trips through its bytes, and
 * through a plain mapper of the Jackson present, with nothing registered.
 */
class ClasspathVariantsTest {

  private static final String PACKAGE = "io.github.errata.sample.";
  private static final Path CATALOG =
      Path.of("sample", "src", "main", "java", "io", "github", "errata", "sample", "JourneyErrors.java");

  /** The runtime and the annotations, as the reactor's classes or as jars. */
  private static final Predicate<String> RUNTIME = entry ->
      entry.matches(".*[/\\\\](runtime|annotations)[/\\\\]target[/\\\\]classes[/\\\\]?")
          || entry.matches(".*errata-(runtime|annotations)-[^/\\\\]*\\.jar");
  private static final Predicate<String> JACKSON_2 = entry -> entry.contains(
      "com" + File.separator + "fasterxml" + File.separator + "jackson" + File.separator + "core");
  private static final Predicate<String> JACKSON_3 = entry ->
      entry.contains("tools" + File.separator + "jackson")
          // Jackson 3 keeps Jackson 2's annotations jar.
          || entry.contains("jackson-annotations");

  /** The MicroProfile REST Client API and the Jakarta REST API it is written against. */
  private static final Predicate<String> REST_CLIENT = entry ->
      entry.contains("microprofile-rest-client-api") || entry.contains("jakarta.ws.rs-api");

  @Test
  void withOnlyTheRuntimeTheCatalogHasItsBytesAndDecoderAndNoModule() throws Exception {
    Variant variant = build(RUNTIME);
    assertThat(variant.sources()).doesNotContain("JourneyJacksonModule.java");
    assertThat(variant.sources()).doesNotContain("JourneyJackson3Module.java");
    assertThat(variant.sources()).doesNotContain("JourneyResponseExceptionMapper.java");
    assertThat(variant.loader().getParent().getResource("com/fasterxml/jackson/core/JsonParser.class"))
        .isNull();
    assertThat(variant.loader().getParent().getResource("tools/jackson/core/JsonParser.class"))
        .isNull();
    variant.roundTripEveryError(null);
  }

  @Test
  void withOnlyJackson3TheCatalogHasTheJackson3ModuleAndAPlainMapperWritesTheBody()
      throws Exception {
    Variant variant = build(RUNTIME.or(JACKSON_3));
    assertThat(variant.sources()).contains("JourneyJackson3Module.java");
    assertThat(variant.sources()).doesNotContain("JourneyJacksonModule.java");
    Object mapper = variant.invoke(variant.invoke(
        variant.loader().loadClass("tools.jackson.databind.json.JsonMapper"), "builder"), "build");
    variant.roundTripEveryError(mapper);
  }

  @Test
  void withOnlyJackson2TheCatalogHasTheJackson2ModuleAndAPlainMapperWritesTheBody()
      throws Exception {
    Variant variant = build(RUNTIME.or(JACKSON_2));
    assertThat(variant.sources()).contains("JourneyJacksonModule.java");
    assertThat(variant.sources()).doesNotContain("JourneyJackson3Module.java");
    Object mapper = variant.loader().loadClass("com.fasterxml.jackson.databind.ObjectMapper")
        .getConstructor().newInstance();
    variant.roundTripEveryError(mapper);
  }

  @Test
  void withTheRestClientApiTheCatalogHasItsResponseExceptionMapperAndNoJacksonModule()
      throws Exception {
    Variant variant = build(RUNTIME.or(REST_CLIENT));
    assertThat(variant.sources()).contains("JourneyResponseExceptionMapper.java");
    assertThat(variant.sources()).doesNotContain("JourneyJacksonModule.java");
    Class<?> mapper = variant.loader().loadClass(PACKAGE + "JourneyResponseExceptionMapper");
    assertThat(Arrays.stream(mapper.getGenericInterfaces()).map(Object::toString).toList())
        .containsExactly("org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper<"
            + PACKAGE + "JourneyException>");
    Object instance = mapper.getConstructor().newInstance();
    Method handles = Arrays.stream(mapper.getMethods())
        .filter(method -> method.getName().equals("handles")).findFirst().orElseThrow();
    for (int status : new int[] {399, 400, 404, 503, 599, 600}) {
      assertThat(handles.invoke(instance, status, null)).isEqualTo(status >= 400 && status <= 599);
    }
    variant.roundTripEveryError(null);
  }

  /** The catalog compiled against the entries of the test classpath that {@code keep} accepts. */
  private static Variant build(Predicate<String> keep) throws IOException {
    List<File> classpath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (keep.test(entry)) {
        classpath.add(new File(entry));
      }
    }
    Compilation compilation = Compiler.compiler(ToolProvider.getSystemJavaCompiler())
        .withOptions("-Xlint:all", "-Werror")
        .withClasspath(classpath)
        .withProcessors(new ErrataProcessor())
        .compile(JavaFileObjects.forSourceString(PACKAGE + "JourneyErrors",
            Files.readString(catalogSource(), UTF_8)));
    assertThat(compilation).succeededWithoutWarnings();
    List<URL> urls = new ArrayList<>();
    for (File file : classpath) {
      urls.add(toUrl(file));
    }
    // Only the chosen classpath and the JDK: not the test's, which has both Jacksons.
    ClassLoader parent = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    return new Variant(Catalogs.generatedSources(compilation).keySet(),
        new GeneratedClasses(compilation, parent));
  }

  /** The sample's catalog, found from this module's directory wherever the test runs from. */
  private static Path catalogSource() {
    return CompiledCatalog.moduleDirectory().getParent().resolve(CATALOG);
  }

  private static URL toUrl(File file) {
    try {
      return file.toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A build: the names of its generated sources, and its classes, loaded. */
  private record Variant(java.util.Set<String> sources, GeneratedClasses loader) {

    /**
     * Every error, made with an argument per parameter, comes back from its bytes as the same
     * class with the same body and arguments; through the mapper where there is one, it is written
     * as exactly those bytes and read back as the typed exception.
     */
    void roundTripEveryError(Object mapper) throws Exception {
      Class<?> base = loader.loadClass(PACKAGE + "JourneyException");
      Class<?> decoder = loader.loadClass(PACKAGE + "JourneyErrorDecoder");
      Object[] errors = (Object[]) invoke(loader.loadClass(PACKAGE + "JourneyError"), "values");
      assertThat(errors).hasLength(9);
      for (Object error : errors) {
        String name = (String) invoke(error, "type");
        Object thrown = make(error);
        byte[] bytes = (byte[]) invoke(thrown, "toJsonBytes");
        int status = (int) invoke(thrown, "status");
        Object decoded = decoder.getMethod("decode", int.class, byte[].class)
            .invoke(null, status, bytes);
        assertThat(decoded.getClass()).isEqualTo(thrown.getClass());
        assertThat(invoke(decoded, "toBody")).isEqualTo(invoke(thrown, "toBody"));
        assertThat(invoke(decoded, "arguments")).isEqualTo(invoke(thrown, "arguments"));
        if (mapper == null) {
          continue;
        }
        String written = (String) invoke(mapper, "writeValueAsString", thrown);
        assertThat(written).isEqualTo(new String(bytes, UTF_8));
        Object read = invoke(mapper, "readValue", written, base);
        assertThat(read.getClass()).isEqualTo(thrown.getClass());
        assertThat(invoke(read, "arguments")).isEqualTo(invoke(thrown, "arguments"));
        assertThat(invoke(read, "type")).isEqualTo(name);
      }
      if (mapper != null) {
        // A 5xx keeps its stack trace and its cause: neither may reach the wire.
        Object withCause = loader.loadClass(PACKAGE + "InternalServerErrorException")
            .getConstructor(Throwable.class)
            .newInstance(new IllegalStateException("the ledger is down"));
        assertThat((String) invoke(mapper, "writeValueAsString", withCause))
            .isEqualTo(new String((byte[]) invoke(withCause, "toJsonBytes"), UTF_8));
      }
    }

    /** The error's exception, each String argument a text of its own. */
    private Object make(Object error) throws Exception {
      String type = (String) invoke(error, "type");
      for (Class<?> candidate : loader.generated()) {
        if (candidate.getSimpleName().endsWith("Exception")
            && !candidate.getSimpleName().startsWith("Unknown")
            && !Modifier.isAbstract(candidate.getModifiers())) {
          for (Constructor<?> constructor : candidate.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length > 0 && parameters[parameters.length - 1] == Throwable.class) {
              continue;
            }
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < arguments.length; i++) {
              arguments[i] = "value " + i + " of " + type;
            }
            Object made = constructor.newInstance(arguments);
            if (type.equals(invoke(made, "type"))) {
              return made;
            }
          }
        }
      }
      throw new AssertionError("no exception of " + type);
    }

    Object invoke(Object target, String method, Object... arguments) throws Exception {
      Class<?> type = target instanceof Class<?> c ? c : target.getClass();
      for (Method candidate : type.getMethods()) {
        if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length
            && fits(candidate.getParameterTypes(), arguments)) {
          try {
            return candidate.invoke(target instanceof Class<?> ? null : target, arguments);
          } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
          }
        }
      }
      throw new AssertionError("no method " + method + " on " + type);
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
}
