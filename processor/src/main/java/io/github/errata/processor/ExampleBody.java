package io.github.errata.processor;

import io.github.errata.processor.DetailTemplate.Literal;
import io.github.errata.processor.DetailTemplate.Placeholder;
import io.github.errata.processor.DetailTemplate.Segment;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generated documentation shows of one error's body: the body a server sends, with the
 * catalog's example values in the detail, or the placeholders as written where it gives none.
 */
final class ExampleBody {

  private ExampleBody() {}

  /** The example body's members, in wire order; {@code see} only where the error has a link. */
  static Map<String, Object> of(ErrorModel error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", error.type());
    body.put("title", error.title());
    body.put("detail", detail(error));
    if (error.see() != null) {
      body.put("see", error.see());
    }
    return body;
  }

  static String detail(ErrorModel error) {
    StringBuilder detail = new StringBuilder();
    for (Segment segment : error.detail().segments()) {
      if (segment instanceof Literal literal) {
        detail.append(literal.text());
      } else {
        String name = ((Placeholder) segment).name();
        detail.append(error.example().isEmpty()
            ? "{" + name + "}"
            : error.example().get(indexOf(error, name)));
      }
    }
    return detail.toString();
  }

  /** The anchor of the error's section: the fragment of its link, or else its type. */
  static String anchor(ErrorModel error) {
    if (error.see() != null) {
      String fragment = URI.create(error.see()).getRawFragment();
      if (fragment != null && !fragment.isEmpty()) {
        return fragment;
      }
    }
    return error.type();
  }

  private static int indexOf(ErrorModel error, String name) {
    for (int i = 0; i < error.parameters().size(); i++) {
      if (error.parameters().get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("the parser checked that " + name + " is a parameter");
  }
}
