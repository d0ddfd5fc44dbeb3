package io.github.errata.processor.internal.model;

import io.github.errata.runtime.internal.DetailTemplate;

/** A parsed detail template written back in the catalog's syntax. */
final class TemplateSource {
  private TemplateSource() {}

  /**
   * The template as a catalog writes it: {@code {name}} for a parameter, {@code {{} and
   * {@code }}} for braces.
   */
  static String of(DetailTemplate detail) {
    StringBuilder template = new StringBuilder();
    for (DetailTemplate.Segment segment : detail.segments()) {
      if (segment instanceof DetailTemplate.Literal literal) {
        template.append(literal.text().replace("{", "{{").replace("}", "}}"));
      } else {
        template.append('{').append(((DetailTemplate.Placeholder) segment).name()).append('}');
      }
    }
    return template.toString();
  }
}
