package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The documentation the processor writes into the sample's jar: the page holds everything the
 * seed's page shows, the catalog data matches the generated enum, and the OpenAPI components parse
 * with a real OpenAPI parser and hold examples that their own schema accepts.
 */
class GeneratedDocsTest {

  private static final String BASE = "META-INF/errata/io.github.errata.sample.JourneyErrors";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void thePageShowsEveryTypeStatusLineTitleAndExampleOfTheSeedPage() {
    String page = resource(".md");
    for (SeedPage.Entry entry : SeedPage.ENTRIES) {
      assertTrue(page.contains("\n### " + entry.type() + "\n"), entry.type());
      // The seed writes one phrase in lower case ("424 Failed dependency"): compared without case.
      assertTrue(page.toLowerCase(Locale.ROOT).contains("\n" + entry.statusLine().toLowerCase(Locale.ROOT) + "\n"),
          entry.statusLine());
      assertTrue(page.contains(entry.title()), entry.title());
      if (entry.example() != null) {
        assertTrue(page.contains("```json\n" + entry.example() + "\n```"), entry.type());
      }
    }
  }

  @Test
  void eachLinkTheCodeSendsLeadsToItsSection() {
    String page = resource(".md");
    for (JourneyError error : JourneyError.values()) {
      String fragment = error.see().substring(error.see().indexOf('#') + 1);
      assertTrue(page.contains("<a id=\"" + fragment + "\"></a>\n\n### " + error.type() + "\n"),
          error.type());
    }
  }

  @Test
  void noJavadocLeaksOntoThePage() {
    String page = resource(".md");
    for (String leak : List.of("{@", "<ul>", "<li>", "</li>", "<p>", "@param")) {
      assertFalse(page.contains(leak), leak);
    }
    // The catalog's {@code stop_on_error: true} and its <ul> list, as Markdown.
    assertTrue(page.contains("`stop_on_error: true`"));
    assertTrue(page.contains("\n- Invalid according to the data model schema.\n"));
  }

  @Test
  void theCatalogDataMatchesTheGeneratedCode() throws IOException {
    JsonNode catalog = JSON.readTree(resource(".json"));
    assertEquals(1, catalog.get("schemaVersion").asInt());
    assertEquals(JourneyErrors.class.getCanonicalName(), catalog.get("catalog").asText());
    assertEquals(JourneyErrorLinks.INDEX, catalog.get("docs").asText());
    JsonNode errors = catalog.get("errors");
    assertEquals(JourneyError.values().length, errors.size());
    for (JourneyError error : JourneyError.values()) {
      JsonNode json = errors.get(error.ordinal());
      assertEquals(error.type(), json.get("type").asText());
      assertEquals(error.status(), json.get("status").asInt());
      assertEquals(error.title(), json.get("title").asText());
      assertEquals(error.see(), json.get("see").asText());
      assertEquals(error.isRetryable(), json.get("retryable").asBoolean());
    }
    JsonNode notFound = errors.get(JourneyError.OBJECT_NOT_FOUND.ordinal());
    assertEquals("No {objectType} found with ID: '{id}'", notFound.get("detail").asText());
    assertEquals("objectType", notFound.at("/parameters/0/name").asText());
    assertEquals("string", notFound.at("/parameters/0/type").asText());
    assertEquals("task", notFound.at("/parameters/0/example").asText());
    assertEquals(new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d").detail(),
        notFound.at("/example/detail").asText());
  }

  @Test
  void theOpenApiComponentsParseAndEveryExampleFitsItsSchema() throws IOException {
    String text = resource(".openapi.json");
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text);
    assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
    OpenAPI openApi = result.getOpenAPI();
    assertNotNull(openApi);
    assertEquals("3.1.0", openApi.getOpenapi());
    assertNotNull(openApi.getComponents().getSchemas().get("JourneyErrorBody"));
    assertEquals(JourneyError.values().length, openApi.getComponents().getResponses().size());
    for (JourneyError error : JourneyError.values()) {
      ApiResponse response = openApi.getComponents().getResponses().get(error.type());
      assertNotNull(response, error.type());
      assertNotNull(response.getContent().get("application/json").getExample(), error.type());
      // The class that raises it and its status, for adapters that document a throws clause.
      assertEquals(error.status(), ((Number) response.getExtensions().get("x-errata-status")).intValue());
      assertEquals(ObjectNotFoundException.class.getPackageName(),
          ((String) response.getExtensions().get("x-errata-exception")).replaceAll("\\.[^.]+$", ""));
    }
    assertEquals(ObjectNotFoundException.class.getName(), openApi.getComponents().getResponses()
        .get(JourneyError.OBJECT_NOT_FOUND.type()).getExtensions().get("x-errata-exception"));

    JsonNode document = JSON.readTree(text);
    List<String> checked = new ArrayList<>();
    for (Iterator<String> names = document.at("/components/responses").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode media = document.at("/components/responses/" + name + "/content/application~1json");
      JsonSchema schema = schemaOf(document, media.get("schema"));
      JsonNode example = media.get("example");
      assertEquals(Set.of(), schema.validate(example), name);
      // The schema is not a formality: another error's example does not fit it.
      ObjectNode other = ((ObjectNode) example.deepCopy())
          .put("type", name.equals("ROUTE_ERROR") ? "BATCH_ABORTED" : "ROUTE_ERROR");
      Set<ValidationMessage> mismatch = schema.validate(other);
      assertFalse(mismatch.isEmpty(), name);
      checked.add(name);
    }
    assertEquals(JourneyError.values().length, checked.size());
  }

  @Test
  void theExampleBodiesAreWhatTheServerSends() throws IOException {
    JsonNode document = JSON.readTree(resource(".openapi.json"));
    ObjectMapper mapper = new ObjectMapper().registerModule(new JourneyJacksonModule());
    JsonNode example = document.at("/components/responses/OBJECT_NOT_FOUND/content/application~1json/example");
    assertEquals(mapper.readTree(mapper.writeValueAsString(
            new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"))),
        example);
  }

  /** The response's schema, with the document's component schemas where its $ref can find them. */
  private static JsonSchema schemaOf(JsonNode document, JsonNode schema) {
    ObjectNode standalone = JSON.createObjectNode();
    standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    standalone.set("components", document.get("components"));
    standalone.setAll((ObjectNode) schema.deepCopy());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(standalone);
  }

  private static String resource(String suffix) {
    try (InputStream in = GeneratedDocsTest.class.getClassLoader().getResourceAsStream(BASE + suffix)) {
      assertNotNull(in, BASE + suffix + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
