package io.github.errata.processor.internal.docs;

import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.json.JsonText;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.HttpStatus;
import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.processor.internal.model.WireModel;
import io.github.errata.runtime.internal.ArgumentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes OpenAPI 3.1 components for the catalog: a schema for the error body and one response
 * per error, named by its type, with its example, for an API's own document to {@code $ref}
 * ({@code #/components/responses/OBJECT_NOT_FOUND}). Each response also names the exception class
 * that raises it and its status ({@code x-errata-exception}, {@code x-errata-status}).
 */
public final class OpenApiWriter implements Output {

  /** Creates the output. */
  public OpenApiWriter() {}

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    return List.of(new GeneratedFile.Resource("META-INF/errata/" + model.catalogName() + ".openapi.json", text(model)));
  }

  private static String text(CatalogModel model) {
    String schemaName = model.names().body().simpleName();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.1.0");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "Errors of " + model.catalogName());
    // The catalog has no version of its own; this is the version of this document's shape.
    info.put("version", String.valueOf(CatalogJsonWriter.SCHEMA_VERSION));
    if (!model.description().isEmpty()) {
      info.put("description", MarkdownText.fromJavadoc(model.description()));
    }
    document.put("info", info);

    Map<String, Object> responses = new LinkedHashMap<>();
    for (ErrorModel error : model.errors()) {
      responses.put(error.type(), response(model.wire(), error, schemaName));
    }
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("schemas", Map.of(schemaName, bodySchema(model)));
    components.put("responses", responses);
    document.put("components", components);
    return JsonText.write(document, 2) + "\n";
  }

  private static Map<String, Object> bodySchema(CatalogModel model) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (WireModel.Member member : model.wire().members()) {
      Map<String, Object> property = property(member.integer() ? "integer" : "string",
          member.description());
      if (member.uri()) {
        property.put("format", "uri");
      }
      properties.put(member.name(), property);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("description", "The body of every error response declared by "
        + model.catalogName() + ". Members other than these are extensions.");
    schema.put("properties", properties);
    schema.put("required", model.wire().requiredNames());
    schema.put("additionalProperties", true);
    return schema;
  }

  private static Map<String, Object> property(String type, String description) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("type", type);
    property.put("description", description);
    return property;
  }

  /** An argument's member: its JSON type (null where a value was null), an enum's constants. */
  private static Map<String, Object> argumentSchema(ParameterModel parameter) {
    String json = switch (parameter.kind()) {
      case INT, LONG -> "integer";
      case DOUBLE -> "number";
      case BOOLEAN -> "boolean";
      case STRING, UUID, ENUM -> "string";
    };
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", List.of(json, "null"));
    if (parameter.kind() == ArgumentKind.UUID) {
      schema.put("format", "uuid");
    } else if (parameter.kind() == ArgumentKind.INT) {
      schema.put("format", "int32");
    } else if (parameter.kind() == ArgumentKind.LONG) {
      schema.put("format", "int64");
    } else if (parameter.kind() == ArgumentKind.ENUM) {
      List<Object> constants = new ArrayList<>(parameter.enumConstants());
      constants.add(null);
      schema.put("enum", constants);
    }
    if (!parameter.description().isEmpty()) {
      schema.put("description", MarkdownText.fromJavadoc(parameter.description()));
    }
    return schema;
  }

  private static Map<String, Object> response(WireModel wire, ErrorModel error,
      String schemaName) {
    Map<String, Object> type = new LinkedHashMap<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", type);
    Map<String, Object> narrowed = new LinkedHashMap<>();
    narrowed.put("type", "object");
    narrowed.put("properties", properties);
    if (wire.isProblem()) {
      // RFC 9457: the type is the error's link, and each typed argument is a member of its own.
      type.put("const", error.see());
      type.put("format", "uri");
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("const", error.status());
      properties.put("status", status);
      List<String> required = new ArrayList<>();
      for (ParameterModel parameter : error.parameters()) {
        properties.put(parameter.name(), argumentSchema(parameter));
        required.add(parameter.name());
      }
      if (!required.isEmpty()) {
        narrowed.put("required", required);
      }
    } else {
      type.put("const", error.type());
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("allOf", List.of(Map.of("$ref", "#/components/schemas/" + schemaName), narrowed));

    Map<String, Object> media = new LinkedHashMap<>();
    media.put("schema", schema);
    media.put("example", ExampleBody.of(wire, error));
    Map<String, Object> response = new LinkedHashMap<>();
    String description = HttpStatus.line(error.status()) + ": " + MarkdownText.escape(error.title());
    if (!error.description().isEmpty()) {
      description += "\n\n" + MarkdownText.fromJavadoc(error.description());
    }
    response.put("description", description);
    response.put("content", Map.of(wire.mediaType(), media));
    // Which exception class raises this response, and its status: what a framework adapter needs to
    // document the errors a handler method declares in its throws clause (errata-spring's springdoc
    // customizer reads them); tools that know no x- members ignore them.
    response.put("x-errata-exception", error.exceptionName().reflectionName());
    response.put("x-errata-status", error.status());
    return response;
  }
}
