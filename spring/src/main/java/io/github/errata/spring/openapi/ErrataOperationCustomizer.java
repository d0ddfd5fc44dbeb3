package io.github.errata.spring.openapi;

import io.github.errata.runtime.ApiErrorException;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents, on each operation, the catalog errors that its handler method declares in its
 * {@code throws} clause: springdoc's hook, registered by {@link ErrataOpenApiAutoConfiguration}.
 *
 * <p>An error's exception class names that error; a catalog's sealed base names all of its errors
 * ({@link ApiErrorException} itself names no catalog, and so nothing). Each declared status gets a
 * response with the catalog's media type, whose schema names each error's body schema and which
 * carries an example body per error, keyed by the error's type; two errors with one status share
 * the response. The schemas are the catalog's generated OpenAPI components
 * ({@code META-INF/errata/<catalog>.openapi.json}, found on the application's class loader), which
 * join the document's {@code components.schemas}: the catalog's body schema under its own name
 * ({@code JourneyErrorBody}) and each error's under the body's name and its type
 * ({@code JourneyErrorBody.OBJECT_NOT_FOUND}). Where the document already has a different schema of
 * that name, the name is qualified with the catalog's package. A response that is already there
 * (an {@code @ApiResponse} of the application's, say) keeps its description and gains the catalog's
 * media type. An operation that declares no catalog error, and a functional endpoint, are left as
 * springdoc makes them.
 *
 * <p>The catalogs are read once, on the first operation that declares one; a resource that cannot
 * be read, or that names a class the class loader does not have, is skipped with a warning.
 */
// swagger-models' lists and maps of schemas are of the raw Schema type.
@SuppressWarnings("rawtypes")
public class ErrataOperationCustomizer implements GlobalOperationComponentsCustomizer {
  private static final String SCHEMAS = "#/components/schemas/";

  private final ClassLoader classLoader;
  private volatile List<CatalogResponse> known;

  /**
   * A customizer that finds the catalogs' components through {@code classLoader}.
   *
   * @param classLoader the application's class loader
   */
  public ErrataOperationCustomizer(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  /**
   * Adds the declared errors' responses, as the class documentation says.
   *
   * @param operation the operation springdoc made
   * @param components the document's components, which the catalogs' schemas join
   * @param handlerMethod the handler method, whose {@code throws} clause is read
   * @return the same operation
   */
  @Override
  public Operation customize(Operation operation, Components components, HandlerMethod handlerMethod) {
    if (handlerMethod == null) {
      return operation;
    }
    List<Class<?>> declared = new ArrayList<>();
    for (Class<?> thrown : handlerMethod.getMethod().getExceptionTypes()) {
      if (ApiErrorException.class.isAssignableFrom(thrown) && thrown != ApiErrorException.class) {
        declared.add(thrown);
      }
    }
    if (declared.isEmpty()) {
      return operation;
    }
    Map<Integer, List<CatalogResponse>> byStatus = new TreeMap<>();
    for (CatalogResponse error : known()) {
      if (declared.stream().anyMatch(type -> type.isAssignableFrom(error.exception()))) {
        byStatus.computeIfAbsent(error.status(), status -> new ArrayList<>()).add(error);
      }
    }
    if (byStatus.isEmpty()) {
      return operation;
    }
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<Integer, List<CatalogResponse>> entry : byStatus.entrySet()) {
      String code = String.valueOf(entry.getKey());
      ApiResponse response = responses.get(code);
      if (response == null) {
        response = new ApiResponse().description(description(entry.getKey(), entry.getValue()));
        responses.addApiResponse(code, response);
      }
      if (response.getContent() == null) {
        response.setContent(new Content());
      }
      Map<String, List<CatalogResponse>> byMediaType = new LinkedHashMap<>();
      for (CatalogResponse error : entry.getValue()) {
        byMediaType.computeIfAbsent(error.mediaType(), type -> new ArrayList<>()).add(error);
      }
      for (Map.Entry<String, List<CatalogResponse>> media : byMediaType.entrySet()) {
        response.getContent().addMediaType(media.getKey(), mediaType(media.getValue(), components));
      }
    }
    return operation;
  }

  /**
   * Returns the operation unchanged: documenting an error needs the document's components, which
   * springdoc passes to {@link #customize(Operation, Components, HandlerMethod)}.
   *
   * @param operation the operation
   * @param handlerMethod the handler method
   * @return {@code operation}
   */
  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    return operation;
  }

  private static MediaType mediaType(List<CatalogResponse> errors, Components components) {
    List<Schema> schemas = new ArrayList<>();
    Map<String, Example> examples = new LinkedHashMap<>();
    for (CatalogResponse error : errors) {
      schemas.add(ref(register(components, error)));
      examples.put(error.type(), new Example().summary(error.title()).value(error.example()));
    }
    Schema schema = schemas.size() == 1 ? schemas.get(0) : new JsonSchema().oneOf(schemas);
    return new MediaType().schema(schema).examples(examples);
  }

  /** Puts the error's schema, and its catalog's body schema, into the components; its name. */
  private static String register(Components components, CatalogResponse error) {
    String body = join(components, error.bodyName(), error.qualifiedBodyName(), error.body());
    List<Schema> parts = new ArrayList<>();
    for (Schema part : error.parts()) {
      // The catalog's own schema refers to its body by the catalog's name; here it has body's.
      parts.add(part.get$ref() == null ? part : ref(body));
    }
    Schema schema = new JsonSchema().allOf(parts);
    return join(components, body + "." + error.key(), error.qualifiedBodyName() + "." + error.key(),
        schema);
  }

  private static String join(Components components, String name, String qualified, Schema schema) {
    Map<String, Schema> schemas = components.getSchemas();
    Schema there = schemas == null ? null : schemas.get(name);
    if (there != null && !there.equals(schema)) {
      name = qualified;
    }
    components.addSchemas(name, schema);
    return name;
  }

  private static Schema ref(String name) {
    return new JsonSchema().$ref(SCHEMAS + name);
  }

  private static String description(int status, List<CatalogResponse> errors) {
    if (errors.size() == 1) {
      return errors.get(0).description();
    }
    HttpStatus reason = HttpStatus.resolve(status);
    StringBuilder text = new StringBuilder().append(status);
    if (reason != null) {
      text.append(' ').append(reason.getReasonPhrase());
    }
    text.append(": one of these errors.\n");
    for (CatalogResponse error : errors) {
      text.append("\n- `").append(error.type()).append("`: ").append(error.title());
    }
    return text.toString();
  }

  private List<CatalogResponse> known() {
    List<CatalogResponse> read = known;
    if (read == null) {
      synchronized (this) {
        read = known;
        if (read == null) {
          read = CatalogResponse.readAll(classLoader);
          known = read;
        }
      }
    }
    return read;
  }
}
