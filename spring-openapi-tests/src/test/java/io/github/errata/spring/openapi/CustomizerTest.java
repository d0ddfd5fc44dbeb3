package io.github.errata.spring.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.sample.ObjectNotFoundException;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

/**
 * The customizer on its own, where the applications do not reach: a schema name the document already
 * uses for something else, a throws clause of {@code ApiErrorException} alone, an operation with no
 * handler method, and (on this module's class path, under {@code META-INF/errata/}) an unreadable
 * resource and components of a processor that did not name the exception, both skipped.
 */
class CustomizerTest {
  private final ErrataOperationCustomizer customizer =
      new ErrataOperationCustomizer(CustomizerTest.class.getClassLoader());

  /** Handler methods to read throws clauses from. */
  static class Handlers {
    public String task() throws ObjectNotFoundException {
      return "";
    }

    public String anything() throws ApiErrorException {
      return "";
    }
  }

  @Test
  void aSchemaNameTakenByAnotherSchemaIsQualifiedWithTheCatalogsPackage() throws Exception {
    Components components = new Components().addSchemas("JourneyErrorBody", new JsonSchema().description("the app's own"));
    Operation operation = customizer.customize(new Operation().responses(new ApiResponses()), components,
        new HandlerMethod(new Handlers(), Handlers.class.getMethod("task")));

    assertThat(components.getSchemas().get("JourneyErrorBody").getDescription()).isEqualTo("the app's own");
    assertThat(components.getSchemas()).containsKeys("io.github.errata.sample.JourneyErrorBody",
        "io.github.errata.sample.JourneyErrorBody.OBJECT_NOT_FOUND");
    assertThat(operation.getResponses().get("404").getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/io.github.errata.sample.JourneyErrorBody.OBJECT_NOT_FOUND");
    Object body = components.getSchemas().get("io.github.errata.sample.JourneyErrorBody.OBJECT_NOT_FOUND")
        .getAllOf().get(0);
    assertThat(((Schema<?>) body).get$ref()).isEqualTo("#/components/schemas/io.github.errata.sample.JourneyErrorBody");
  }

  @Test
  void apiErrorExceptionItselfNamesNoCatalog() throws Exception {
    Components components = new Components();
    Operation operation = customizer.customize(new Operation().responses(new ApiResponses()), components,
        new HandlerMethod(new Handlers(), Handlers.class.getMethod("anything")));
    assertThat(operation.getResponses()).isEmpty();
    assertThat(components.getSchemas()).isNull();
  }

  @Test
  void anOperationWithoutAHandlerMethodIsLeftAlone() {
    Operation operation = new Operation().responses(new ApiResponses());
    assertThat(customizer.customize(operation, new Components(), null)).isSameAs(operation);
    assertThat(operation.getResponses()).isEmpty();
  }

  @Test
  void unreadableAndOlderComponentsAreSkippedAndTheRestRead() {
    assertThat(CatalogResponse.readAll(CustomizerTest.class.getClassLoader()))
        .extracting(CatalogResponse::type)
        .contains("OBJECT_NOT_FOUND", "ORDER_NOT_FOUND")
        .doesNotContain("OLD_ERROR", "MISSING_CLASS");
  }
}
