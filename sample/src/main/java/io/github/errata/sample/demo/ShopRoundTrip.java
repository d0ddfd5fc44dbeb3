package io.github.errata.sample.demo;

import io.github.errata.sample.problem.ShopException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One call of the shop API, checked: what the server threw against what the client decoded from
 * its {@code application/problem+json} body.
 *
 * @param path the path asked for
 * @param contentType the response's content type
 * @param body the response's body, as text
 * @param thrown what the server threw, or null
 * @param decoded what the client decoded, or null
 * @param mismatches every way they differ; empty when the error round-tripped
 */
record ShopRoundTrip(String path, String contentType, String body, ShopException thrown,
    ShopException decoded, List<String> mismatches) {

  /** Whether the client decoded exactly what the server threw. */
  boolean matched() {
    return mismatches.isEmpty();
  }

  /** Compares the decoded exception with the thrown one, member by member. */
  static ShopRoundTrip check(String path, String contentType, String body, ShopException thrown,
      ShopException decoded) {
    List<String> mismatches = new ArrayList<>();
    if (thrown == null || decoded == null) {
      mismatches.add("thrown " + thrown + ", decoded " + decoded);
    } else {
      same("class", thrown.getClass(), decoded.getClass(), mismatches);
      same("type", thrown.type(), decoded.type(), mismatches);
      same("status", thrown.status(), decoded.status(), mismatches);
      same("detail", thrown.detail(), decoded.detail(), mismatches);
      same("instance", thrown.instance(), decoded.instance(), mismatches);
      same("arguments", thrown.arguments(), decoded.arguments(), mismatches);
      same("media type", thrown.mediaType(), contentType, mismatches);
    }
    return new ShopRoundTrip(path, contentType, body, thrown, decoded, List.copyOf(mismatches));
  }

  private static void same(String what, Object sent, Object received, List<String> mismatches) {
    if (!Objects.equals(sent, received)) {
      mismatches.add(what + ": expected " + sent + ", decoded " + received);
    }
  }

  /** Two lines for the demo's output: the body sent, and what the client read from it. */
  String describe() {
    return "GET " + path + " -> " + (thrown == null ? "?" : thrown.status()) + " " + contentType
        + "\n  " + body + "\n  decoded " + (decoded == null ? "nothing"
            : decoded.getClass().getSimpleName() + " " + decoded.arguments())
        + (matched() ? "" : "  MISMATCH " + mismatches);
  }
}
