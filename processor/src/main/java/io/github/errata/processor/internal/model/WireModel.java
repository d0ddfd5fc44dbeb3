package io.github.errata.processor.internal.model;

import io.github.errata.WireFormat;
import java.util.List;

/**
 * The wire body of a catalog as one object: its members and their order, what is left out where
 * absent, and the media type. The body record, the decoder, the Jackson modules, the examples and
 * the OpenAPI all read it, so a second format is a second constant here, not an edit of each.
 *
 * @param format the annotation's format, which the runtime writes and reads by
 * @param mediaType the body's media type
 * @param members the members a catalog defines, in wire order; any other member is an extension
 * @param bodyDescription what the body is, for the body record's and the schema's description
 */
public record WireModel(
    WireFormat format, String mediaType, List<Member> members, String bodyDescription) {

  /**
   * One member the format defines.
   *
   * @param name the member's name on the wire, also the body record's component
   * @param description what it holds, in plain text, for the schema, the page and the record
   * @param uri whether it holds a URI
   * @param required whether a body the server makes always carries it; an optional one is left
   *     out where absent
   */
  public record Member(String name, String description, boolean uri, boolean required) {}

  /** The seed's format: {@code {"type", "title", "detail", "see"}}, {@code see} left out where absent. */
  public static final WireModel JSON = new WireModel(WireFormat.JSON, "application/json", List.of(
      new Member("type", "A stable identifier of the error: clients tell errors apart by it and by"
          + " the HTTP status.", false, true),
      new Member("title", "A short human-readable title. It may change at any time: clients never"
          + " match on it.", false, true),
      new Member("detail", "What went wrong this time. It may change at any time: clients never"
          + " match on it.", false, true),
      new Member("see", "A link to the error's documentation.", true, false)),
      "{@code {\"type\", \"title\", \"detail\", \"see\"}}, then any other members");

  /**
   * The model of a format, or null where the processor does not write it yet (RFC 9457, issue 11).
   *
   * @param format the catalog's format
   * @return its model, or null
   */
  public static WireModel of(WireFormat format) {
    return switch (format) {
      case JSON -> JSON;
      case PROBLEM_JSON -> null;
    };
  }

  /** The members' names, in wire order. */
  public List<String> memberNames() {
    return members.stream().map(Member::name).toList();
  }

  /** The members a body the server makes always carries. */
  public List<String> requiredNames() {
    return members.stream().filter(Member::required).map(Member::name).toList();
  }
}
