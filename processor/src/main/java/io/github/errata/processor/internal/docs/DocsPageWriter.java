package io.github.errata.processor.internal.docs;

import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.json.JsonText;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.HttpStatus;
import io.github.errata.processor.internal.model.ParameterModel;
import io.github.errata.processor.internal.model.TranslationModel;
import io.github.errata.processor.internal.model.WireModel;
import io.github.errata.runtime.internal.ArgumentKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the catalog's documentation page, in Markdown and in the shape of an API's "Error
 * Responses" page: the wire format, an index, then one section per error whose anchor is the
 * fragment of the error's {@code see} link, so the links the code sends lead to it.
 */
public final class DocsPageWriter implements Output {

  /** Creates the output. */
  public DocsPageWriter() {}

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    return List.of(new GeneratedFile.Resource("META-INF/errata/" + model.catalogName() + ".md", text(model)));
  }

  private static String text(CatalogModel model) {
    StringBuilder page = new StringBuilder();
    page.append("# Error responses\n\n");
    if (!model.description().isEmpty()) {
      page.append(MarkdownText.fromJavadoc(model.description())).append("\n\n");
    }
    page.append("An error response carries an HTTP status from 400 to 599 and a body of media type `")
        .append(model.wire().mediaType()).append("` with these members, in this order:\n\n")
        .append("| Member | Description |\n")
        .append("| --- | --- |\n");
    for (WireModel.Member member : model.wire().members()) {
      page.append("| `").append(member.name()).append("` | ")
          .append(MarkdownText.escape(member.description()))
          .append(member.required() ? "" : " Left out where there is none.").append(" |\n");
    }
    if (model.wire().isProblem()) {
      page.append("\nThen each of the error's arguments, as a member named after it and of its"
          + " JSON type (numbers as numbers, booleans as booleans, UUIDs and enum constants as"
          + " strings, null where there is no value), then any other members.\n");
    }
    page.append('\n')
        .append("A status in the 4xx range means the request is at fault; in the 5xx range, the"
            + " server. A client may retry an error marked retryable later.\n\n");
    if (!model.translations().isEmpty()) {
      page.append("Titles and details are written in `").append(model.language())
          .append("` and translated into ")
          .append(model.translations().stream().map(t -> "`" + t.language() + "`")
              .collect(Collectors.joining(", ")))
          .append(": a server answers in the one that best matches the request's"
              + " `Accept-Language`, with `Content-Language`, and the catalog's own where none"
              + " does. `type`, the status and the arguments are the same in every language;"
              + " what a language leaves untranslated is sent in `")
          .append(model.language()).append("`.\n\n");
    }
    page.append("## Error types\n\n");
    if (model.errors().isEmpty()) {
      page.append("The catalog declares no errors yet.\n");
      return page.toString();
    }
    page.append("| Type | Status | Title |\n| --- | --- | --- |\n");
    for (ErrorModel error : model.errors()) {
      page.append("| [").append(error.type()).append("](#").append(ExampleBody.anchor(error))
          .append(") | ").append(HttpStatus.line(error.status())).append(" | ")
          .append(MarkdownText.escape(error.title())).append(" |\n");
    }
    for (ErrorModel error : model.errors()) {
      page.append('\n');
      section(page, model.wire(), error);
      translations(page, model, error);
    }
    return page.toString();
  }

  /** The error's title and detail template in each language that translates it. */
  private static void translations(StringBuilder page, CatalogModel model, ErrorModel error) {
    List<String> lines = new java.util.ArrayList<>();
    for (TranslationModel translation : model.translations()) {
      if (translation.translates(error.type())) {
        String title = translation.titles().getOrDefault(error.type(), error.title());
        String detail = translation.detailSource(error.type());
        lines.add("- `" + translation.language() + "`: " + MarkdownText.escape(title)
            + (detail == null ? "" : " " + MarkdownText.code(detail)));
      }
    }
    if (!lines.isEmpty()) {
      page.append("\nIn other languages:\n\n").append(String.join("\n", lines)).append('\n');
    }
  }

  /** The kind of an argument, with an enum's constants: {@code one of `A`, `B`}. */
  private static String kind(ParameterModel parameter) {
    return parameter.kind() == ArgumentKind.ENUM
        ? "one of " + parameter.enumConstants().stream().map(MarkdownText::code)
            .collect(Collectors.joining(", "))
        : CatalogJsonWriter.typeName(parameter);
  }

  private static void section(StringBuilder page, WireModel wire, ErrorModel error) {
    page.append("<a id=\"").append(ExampleBody.anchor(error).replace("\"", "&quot;"))
        .append("\"></a>\n\n")
        .append("### ").append(error.type()).append("\n\n")
        .append(HttpStatus.line(error.status())).append("\n\n")
        .append("Example response:\n\n")
        .append("```json\n").append(JsonText.write(ExampleBody.of(wire, error), 4)).append("\n```\n");
    if (!error.description().isEmpty()) {
      page.append('\n').append(MarkdownText.fromJavadoc(error.description())).append('\n');
    }
    if (!error.parameters().isEmpty()) {
      page.append(wire.isProblem() ? "\nArguments, each a member of the body and in the detail: "
          : "\nArguments, in the detail: ")
          .append(error.parameters().stream()
              .map(parameter -> {
                String argument = MarkdownText.code(parameter.name()) + " (" + kind(parameter) + ")";
                return parameter.description().isEmpty()
                    ? argument
                    : argument + ", " + MarkdownText.fromJavadoc(parameter.description());
              })
              .collect(Collectors.joining("; ")))
          .append(".\n");
    }
    if (error.retryable()) {
      page.append("\nRetryable: a client may send the same request again later.\n");
    }
  }
}
