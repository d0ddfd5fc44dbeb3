package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyException;
import io.github.errata.sample.UnknownJourneyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One call of the demo, checked: what the server threw against what the client decoded.
 *
 * @param call the call
 * @param response the answer, with the decoded exception
 * @param thrown the exception the server answered with, or null where it threw none
 * @param mismatches every way the decoded exception differs from the expected one; empty when
 *     it round-tripped
 */
record RoundTrip(ApiCall call, ApiResponse response, JourneyException thrown,
    List<String> mismatches) {

  /** Whether the client decoded exactly what it should have. */
  boolean matched() {
    return mismatches.isEmpty();
  }

  /** Checks an answer: against the thrown exception, or for the proxy, as an unknown error. */
  static RoundTrip check(ApiCall call, ApiResponse response, JourneyException thrown) {
    List<String> mismatches = new ArrayList<>();
    JourneyException decoded = response.decoded();
    if (decoded == null) {
      mismatches.add("expected an error, got HTTP " + response.status());
    } else if (call.viaProxy()) {
      checkProxyPage(thrown, decoded, mismatches);
    } else if (thrown == null) {
      mismatches.add("the server recorded no exception for request " + response.requestId());
    } else {
      compare(thrown, decoded, mismatches);
    }
    return new RoundTrip(call, response, thrown, List.copyOf(mismatches));
  }

  private static void compare(JourneyException sent, JourneyException received,
      List<String> mismatches) {
    same("class", sent.getClass().getSimpleName(), received.getClass().getSimpleName(), mismatches);
    same("type", sent.type(), received.type(), mismatches);
    same("status", sent.status(), received.status(), mismatches);
    same("title", sent.title(), received.title(), mismatches);
    same("detail", sent.detail(), received.detail(), mismatches);
    same("see", sent.see(), received.see(), mismatches);
    same("arguments", sent.arguments(), received.arguments(), mismatches);
  }

  private static void checkProxyPage(JourneyException thrown, JourneyException decoded,
      List<String> mismatches) {
    if (thrown != null) {
      mismatches.add("the API answered instead of the proxy, with " + thrown.type());
    }
    if (!(decoded instanceof UnknownJourneyException unknown)) {
      mismatches.add("expected UnknownJourneyException, decoded "
          + decoded.getClass().getSimpleName());
      return;
    }
    same("status", 502, unknown.status(), mismatches);
    if (unknown.excerpt() == null) {
      mismatches.add("no excerpt of the page was kept");
    }
  }

  private static void same(String what, Object sent, Object received, List<String> mismatches) {
    if (!Objects.equals(sent, received)) {
      mismatches.add(what + ": expected " + sent + ", decoded " + received);
    }
  }
}
