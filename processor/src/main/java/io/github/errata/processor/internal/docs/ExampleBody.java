package io.github.errata.processor.internal.docs;

import io.github.errata.processor.internal.model.ErrorModel;
import io.github.errata.processor.internal.model.WireModel;
import io.github.errata.runtime.internal.DetailTemplate.Literal;
import io.github.errata.runtime.internal.DetailTemplate.Placeholder;
import io.github.errata.runtime.internal.DetailTemplate.Segment;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the generated documentation shows of one error's body: the body a server sends, with the
 * catalog's example values in the detail, or the placeholders as written where it gives none.
 */
final class ExampleBody {

  private ExampleBody() {}

  /** The example body's members, as the wire orders and leaves them out. */
  static Map<String, Object> of(WireModel wire, ErrorModel error) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (WireModel.Member member : wire.members()) {
      Object value = switch (member.name()) {
        case "type" -> error.type();
        case "title" -> error.title();
        case "detail" -> detail(error);
        case "see" -> error.see();
        default -> throw new IllegalArgumentException("no example of member " + member.name());
      };
      if (value != null || member.required()) {
        body.put(member.name(), value);
      }
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
