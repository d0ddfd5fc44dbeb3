package io.github.errata.processor.internal.docs;

import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.json.JsonText;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.runtime.internal.ArgumentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the catalog as data, for other tools to read (a documentation site, a compatibility
 * check between two versions): every error with its type, status, title, detail template,
 * parameters, link, retryability and description, in declaration order.
 */
public final class CatalogJsonWriter implements Output {

  /** Raised when a member changes meaning or goes away; adding members keeps it. */
  public static final int SCHEMA_VERSION = 1;

  /** Creates the output. */
  public CatalogJsonWriter() {}

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    return List.of(new GeneratedFile.Resource("META-INF/errata/" + model.catalogName() + ".json", text(model)));
  }

  private static String text(CatalogModel model) {
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put("schemaVersion", SCHEMA_VERSION);
    catalog.put("catalog", model.catalogName());
    catalog.put("package", model.names().packageName());
    catalog.put("stem", model.names().stem());
    catalog.put("docs", model.docs().isEmpty() ? null : model.docs());
    catalog.put("wire", model.wire().format().name());
    catalog.put("mediaType", model.wire().mediaType());
    catalog.put("description", MarkdownText.fromJavadoc(model.description()));
    List<Object> errors = new ArrayList<>();
    for (ErrorModel error : model.errors()) {
      errors.add(error(model, error));
    }
    catalog.put("errors", errors);
    return JsonText.write(catalog, 2) + "\n";
  }

  private static Map<String, Object> error(CatalogModel model, ErrorModel error) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", error.type());
    json.put("status", error.status());
    json.put("title", error.title());
    json.put("detail", error.templateSource());
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < error.parameters().size(); i++) {
      ParameterModel parameter = error.parameters().get(i);
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", parameter.name());
      p.put("type", typeName(parameter));
      p.put("javaType", parameter.declaredType().toString());
      if (parameter.kind() == ArgumentKind.ENUM) {
        p.put("constants", new ArrayList<Object>(parameter.enumConstants()));
      }
      p.put("description", MarkdownText.fromJavadoc(parameter.description()));
      p.put("example", error.example().isEmpty() ? null : error.example().get(i));
      parameters.add(p);
    }
    json.put("parameters", parameters);
    json.put("see", error.see());
    json.put("retryable", error.retryable());
    json.put("description", MarkdownText.fromJavadoc(error.description()));
    json.put("example", ExampleBody.of(model.wire(), error));
    json.put("method", error.methodName());
    json.put("exception", error.exceptionName().canonicalName());
    return json;
  }

  /** The parameter's kind as the data names it: string, int, long, boolean, double, uuid, enum. */
  static String typeName(ParameterModel parameter) {
    return parameter.kind().name().toLowerCase(Locale.ROOT);
  }
}
