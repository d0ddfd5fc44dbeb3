package io.github.errata.spring.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.errata.sample.JourneyError;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a Boot application with errata-spring and springdoc serves at {@code /v3/api-docs}, read over
 * real HTTP and judged by swagger-parser: the catalog errors each operation declares, as the SPEC's
 * "OpenAPI" part says. The MVC and the WebFlux application run the same checks on the same operations.
 */
abstract class DeclaredErrorsContract {
  static final String JOURNEY = "/META-INF/errata/io.github.errata.sample.JourneyErrors.openapi.json";
  static final String SHOP = "/META-INF/errata/io.github.errata.sample.problem.ShopErrors.openapi.json";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  String text;
  JsonNode document;

  /** The port the application listens on. */
  abstract int port();

  @BeforeEach
  void readTheDocument() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port() + "/v3/api-docs")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    text = response.body();
    document = JSON.readTree(text);
  }

  @Test
  void theWholeDocumentIsValidOpenApi31() {
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text);
    assertThat(result.getMessages() == null ? List.of() : result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(document.at("/openapi").asText()).startsWith("3.1");
  }

  @Test
  void oneDeclaredErrorGetsItsStatusMediaTypeSchemaAndExample() {
    JsonNode responses = responses("/tasks/{id}", "get");
    assertThat(names(responses)).containsExactly("200", "404");
    JsonNode notFound = responses.get("404");
    JsonNode catalogs = catalogResponse(JOURNEY, "OBJECT_NOT_FOUND");
    assertThat(notFound.get("description")).isEqualTo(catalogs.get("description"));
    assertThat(names(notFound.get("content"))).containsExactly("application/json");
    JsonNode media = notFound.at("/content/application~1json");
    assertThat(media.get("schema")).isEqualTo(ref("JourneyErrorBody.OBJECT_NOT_FOUND"));
    assertThat(names(media.get("examples"))).containsExactly("OBJECT_NOT_FOUND");
    assertThat(media.at("/examples/OBJECT_NOT_FOUND/value"))
        .isEqualTo(catalogs.at("/content/application~1json/example"));
    assertThat(media.at("/examples/OBJECT_NOT_FOUND/summary").asText()).isEqualTo("Object not found.");
  }

  @Test
  void theCatalogsSchemasJoinTheComponentsUnchanged() {
    JsonNode schemas = document.at("/components/schemas");
    assertThat(sameSchema(schemas.get("JourneyErrorBody"),
        resource(JOURNEY).at("/components/schemas/JourneyErrorBody"))).isTrue();
    for (String type : List.of("OBJECT_NOT_FOUND", "ACCOUNT_NOT_FOUND", "TOO_MANY_REQUESTS")) {
      JsonNode schema = schemas.get("JourneyErrorBody." + type);
      JsonNode generated = catalogResponse(JOURNEY, type).at("/content/application~1json/schema");
      assertThat(sameSchema(schema, generated)).as(type + ": " + schema + " " + generated).isTrue();
    }
    assertThat(sameSchema(schemas.get("ShopErrorBody"),
        resource(SHOP).at("/components/schemas/ShopErrorBody"))).isTrue();
    JsonNode orderNotFound = schemas.get("ShopErrorBody.ORDER_NOT_FOUND");
    assertThat(sameSchema(orderNotFound, catalogResponse(SHOP, "ORDER_NOT_FOUND")
        .at("/content/application~1problem+json/schema"))).as(orderNotFound.toString()).isTrue();
  }

  @Test
  void twoErrorsWithOneStatusShareItsResponse() {
    JsonNode responses = responses("/accounts/{account}/tasks/{id}", "get");
    assertThat(names(responses)).containsExactly("200", "404");
    JsonNode media = responses.at("/404/content/application~1json");
    assertThat(media.get("schema")).isEqualTo(oneOf("JourneyErrorBody.OBJECT_NOT_FOUND",
        "JourneyErrorBody.ACCOUNT_NOT_FOUND"));
    assertThat(names(media.get("examples"))).containsExactly("OBJECT_NOT_FOUND", "ACCOUNT_NOT_FOUND");
    assertThat(media.at("/examples/ACCOUNT_NOT_FOUND/value"))
        .isEqualTo(catalogResponse(JOURNEY, "ACCOUNT_NOT_FOUND").at("/content/application~1json/example"));
    assertThat(responses.at("/404/description").asText())
        .isEqualTo("404 Not Found: one of these errors.\n\n"
            + "- `OBJECT_NOT_FOUND`: Object not found.\n- `ACCOUNT_NOT_FOUND`: Account not found.");
  }

  @Test
  void theCatalogsSealedBaseMeansEveryOneOfItsErrors() {
    JsonNode responses = responses("/batch", "post");
    TreeSet<String> statuses = new TreeSet<>(List.of("200"));
    List<String> types = new ArrayList<>();
    for (JourneyError error : JourneyError.values()) {
      statuses.add(String.valueOf(error.status()));
      types.add(error.type());
    }
    assertThat(names(responses)).containsExactlyElementsOf(statuses);
    List<String> documented = new ArrayList<>();
    for (String status : statuses) {
      if (!status.equals("200")) {
        documented.addAll(names(responses.at("/" + status + "/content/application~1json/examples")));
      }
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(types);
    assertThat(names(responses.at("/404/content/application~1json/examples")))
        .containsExactly("OBJECT_NOT_FOUND", "ROUTE_ERROR", "ACCOUNT_NOT_FOUND");
  }

  @Test
  void twoCatalogsAtOneStatusGiveOneMediaTypeEach() {
    JsonNode content = responses("/orders/{id}", "get").at("/404/content");
    assertThat(names(content)).containsExactlyInAnyOrder("application/json", "application/problem+json");
    assertThat(content.at("/application~1problem+json/schema"))
        .isEqualTo(ref("ShopErrorBody.ORDER_NOT_FOUND"));
    assertThat(content.at("/application~1problem+json/examples/ORDER_NOT_FOUND/value")).isEqualTo(
        catalogResponse(SHOP, "ORDER_NOT_FOUND").at("/content/application~1problem+json/example"));
    assertThat(content.at("/application~1json/schema")).isEqualTo(ref("JourneyErrorBody.OBJECT_NOT_FOUND"));
  }

  @Test
  void anApplicationsOwnResponseKeepsItsWordsAndGainsTheCatalogsContent() {
    JsonNode notFound = responses("/documented/{id}", "get").get("404");
    assertThat(notFound.get("description").asText()).isEqualTo("No such task, as the team words it.");
    assertThat(notFound.at("/content/application~1json/schema"))
        .isEqualTo(ref("JourneyErrorBody.OBJECT_NOT_FOUND"));
  }

  @Test
  void anOperationThatDeclaresNoCatalogErrorIsLeftAlone() {
    JsonNode responses = responses("/health", "get");
    assertThat(names(responses)).containsExactly("200");
    assertThat(responses.toString()).doesNotContain("ErrorBody");
  }

  private JsonNode responses(String path, String method) {
    JsonNode operation = document.path("paths").path(path).path(method);
    assertThat(operation.isObject()).as(path + " " + method + " in " + text).isTrue();
    return operation.get("responses");
  }

  /**
   * Whether two schemas say the same: equal JSON but for the order of a {@code required} list, a set
   * that swagger-core writes sorted.
   */
  static boolean sameSchema(JsonNode served, JsonNode generated) {
    return sortedRequired(served).equals(sortedRequired(generated));
  }

  private static JsonNode sortedRequired(JsonNode node) {
    JsonNode copy = node.deepCopy();
    sortRequired(copy);
    return copy;
  }

  private static void sortRequired(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.get("required") != null && object.get("required").isArray()) {
        List<String> names = new ArrayList<>();
        object.get("required").forEach(name -> names.add(name.asText()));
        names.sort(null);
        object.putArray("required").addAll(names.stream().map(JsonNodeFactory.instance::textNode).toList());
      }
      object.forEach(DeclaredErrorsContract::sortRequired);
    } else if (node.isArray()) {
      node.forEach(DeclaredErrorsContract::sortRequired);
    }
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static JsonNode ref(String schema) {
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + schema);
  }

  static JsonNode oneOf(String... schemas) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    Arrays.stream(schemas).forEach(schema -> node.withArray("oneOf").add(ref(schema)));
    return node;
  }

  static JsonNode catalogResponse(String resource, String type) {
    return resource(resource).at("/components/responses/" + type);
  }

  static JsonNode resource(String name) {
    try (InputStream in = DeclaredErrorsContract.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
