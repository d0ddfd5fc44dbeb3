package io.github.errata.processor;

import java.util.stream.Collectors;

/**
 * Writes the catalog's documentation page, in Markdown and in the shape of an API's "Error
 * Responses" page: the wire format, an index, then one section per error whose anchor is the
 * fragment of the error's {@code see} link, so the links the code sends lead to it.
 */
final class DocsPageWriter {

  private DocsPageWriter() {}

  static String write(CatalogModel model) {
    StringBuilder page = new StringBuilder();
    page.append("# Error responses\n\n");
    if (!model.description().isEmpty()) {
      page.append(MarkdownText.fromJavadoc(model.description())).append("\n\n");
    }
    page.append("An error response carries an HTTP status from 400 to 599 and a JSON body with "
            + "these members, in this order:\n\n")
        .append("| Member | Description |\n")
        .append("| --- | --- |\n")
        .append("| `type` | A stable identifier of the error. Clients tell errors apart by it and by"
            + " the HTTP status. |\n")
        .append("| `title` | A short human-readable title. It may change at any time: clients never"
            + " match on it. |\n")
        .append("| `detail` | What went wrong this time. It may change at any time: clients never"
            + " match on it. |\n")
        .append("| `see` | A link to the error's documentation, where it has one. |\n\n")
        .append("A status in the 4xx range means the request is at fault; in the 5xx range, the"
            + " server. A client may retry an error marked retryable later.\n\n");
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
      section(page, error);
    }
    return page.toString();
  }

  /** The kind of an argument, with an enum's constants: {@code one of `A`, `B`}. */
  private static String kind(ParameterModel parameter) {
    return parameter.kind() == ParameterKind.ENUM
        ? "one of " + parameter.enumConstants().stream().map(MarkdownText::code)
            .collect(Collectors.joining(", "))
        : CatalogJsonWriter.typeName(parameter);
  }

  private static void section(StringBuilder page, ErrorModel error) {
    page.append("<a id=\"").append(ExampleBody.anchor(error).replace("\"", "&quot;"))
        .append("\"></a>\n\n")
        .append("### ").append(error.type()).append("\n\n")
        .append(HttpStatus.line(error.status())).append("\n\n")
        .append("Example response:\n\n")
        .append("```json\n").append(JsonText.write(ExampleBody.of(error), 4)).append("\n```\n");
    if (!error.description().isEmpty()) {
      page.append('\n').append(MarkdownText.fromJavadoc(error.description())).append('\n');
    }
    if (!error.parameters().isEmpty()) {
      page.append("\nArguments, in the detail: ")
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
