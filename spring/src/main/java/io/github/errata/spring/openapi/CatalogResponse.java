package io.github.errata.spring.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.errata.runtime.ApiErrorException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * One error of a catalog as its generated OpenAPI components describe it: the exception class that
 * raises it, its status, and the schema, example and description of its response.
 *
 * @param exception the exception class that raises it ({@code x-errata-exception})
 * @param status its HTTP status ({@code x-errata-status})
 * @param type the error's type, the response's name in the catalog's components
 * @param title the title of its example body
 * @param mediaType the catalog's media type
 * @param description the response's description
 * @param example the example body
 * @param bodyName the catalog's body schema's name, such as {@code JourneyErrorBody}
 * @param qualifiedBodyName the same, qualified with the catalog's package
 * @param body the catalog's body schema
 * @param parts the error's schema: {@code allOf} these, one of them a reference to the body schema
 */
// swagger-models' lists and maps of schemas are of the raw Schema type.
@SuppressWarnings("rawtypes")
record CatalogResponse(Class<?> exception, int status, String type, String title, String mediaType,
    String description, Object example, String bodyName, String qualifiedBodyName, Schema body,
    List<Schema> parts) {
  private static final Log log = LogFactory.getLog(ErrataOperationCustomizer.class);

  /** Where the processor writes each catalog's components. */
  static final String RESOURCES = "classpath*:META-INF/errata/*.openapi.json";

  /** The type as a component name may spell it ({@code ^[a-zA-Z0-9._-]+$}). */
  String key() {
    return type.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /**
   * Every error of every catalog whose components are on the class loader, in the order of the
   * catalogs' names and then of their errors; an exception class seen twice (a catalog's jar on the
   * class path twice) counts once.
   */
  static List<CatalogResponse> readAll(ClassLoader classLoader) {
    Resource[] resources;
    try {
      resources = new PathMatchingResourcePatternResolver(classLoader).getResources(RESOURCES);
    } catch (IOException e) {
      log.warn("Errata: could not list " + RESOURCES + "; no catalog error is documented", e);
      return List.of();
    }
    Arrays.sort(resources, Comparator.comparing((Resource r) -> String.valueOf(r.getFilename()))
        .thenComparing(r -> r.getDescription()));
    List<CatalogResponse> all = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        for (CatalogResponse error : read(Json31.mapper().readValue(in, OpenAPI.class), classLoader)) {
          if (seen.add(error.exception())) {
            all.add(error);
          }
        }
      } catch (IOException | RuntimeException e) {
        log.warn("Errata: skipped " + resource.getDescription() + ", which is not a catalog's"
            + " OpenAPI components: " + e);
      }
    }
    return List.copyOf(all);
  }

  private static List<CatalogResponse> read(OpenAPI document, ClassLoader classLoader) {
    Map<String, Schema> schemas = document.getComponents().getSchemas();
    if (schemas == null || schemas.size() != 1) {
      throw new IllegalArgumentException("not one body schema");
    }
    String bodyName = schemas.keySet().iterator().next();
    Schema body = schemas.get(bodyName);
    List<CatalogResponse> errors = new ArrayList<>();
    for (Map.Entry<String, ApiResponse> entry : document.getComponents().getResponses().entrySet()) {
      ApiResponse response = entry.getValue();
      Map<String, Object> extensions = response.getExtensions();
      if (extensions == null || !(extensions.get("x-errata-exception") instanceof String name)
          || !(extensions.get("x-errata-status") instanceof Number status)) {
        // Components written before the processor named the exception: nothing to match a throws clause to.
        continue;
      }
      Class<?> exception = load(name, classLoader);
      if (exception == null) {
        continue;
      }
      Map.Entry<String, MediaType> media = response.getContent().entrySet().iterator().next();
      Schema schema = media.getValue().getSchema();
      List<Schema> parts = new ArrayList<>();
      if (schema.getAllOf() == null) {
        parts.add(schema);
      } else {
        for (Object part : schema.getAllOf()) {
          parts.add((Schema) part);
        }
      }
      Object example = media.getValue().getExample();
      String packageName = exception.getPackageName();
      errors.add(new CatalogResponse(exception, status.intValue(), entry.getKey(),
          title(example, entry.getKey()), media.getKey(), response.getDescription(), example,
          bodyName, packageName.isEmpty() ? bodyName : packageName + "." + bodyName, body,
          List.copyOf(parts)));
    }
    return errors;
  }

  private static Class<?> load(String name, ClassLoader classLoader) {
    try {
      Class<?> type = ClassUtils.forName(name, classLoader);
      if (ApiErrorException.class.isAssignableFrom(type)) {
        return type;
      }
      log.warn("Errata: " + name + " is not an ApiErrorException; its response is not documented");
    } catch (ClassNotFoundException | LinkageError e) {
      log.warn("Errata: " + name + " is not on the class path; its response is not documented");
    }
    return null;
  }

  private static String title(Object example, String fallback) {
    Object title = null;
    if (example instanceof JsonNode node && node.hasNonNull("title")) {
      title = node.get("title").asText();
    } else if (example instanceof Map<?, ?> map) {
      title = map.get("title");
    }
    return title instanceof String text ? text : fallback;
  }
}
