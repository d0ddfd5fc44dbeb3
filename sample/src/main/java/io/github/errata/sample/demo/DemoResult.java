package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyError;
import io.github.errata.sample.UnknownJourneyException;
import io.github.errata.sample.problem.ShopError;
import java.util.List;
import java.util.stream.Stream;

/**
 * The outcome of a demo run: one checked row per call.
 *
 * @param rows the Backend API's calls in the order made
 * @param shop the shop API's calls, whose errors are RFC 9457 problems
 * @param german one Backend API call made with {@code Accept-Language: de-CH, de;q=0.9}
 */
record DemoResult(List<RoundTrip> rows, List<ShopRoundTrip> shop, GermanCall german) {

  /** How many of the shop catalog's errors came back exactly as the server threw them. */
  long problemsRoundTripped() {
    return shop.stream().filter(ShopRoundTrip::matched)
        .flatMap(row -> row.thrown().error().stream()).distinct().count();
  }

  /** How many of the catalog's errors came back exactly as the server threw them. */
  long errorsRoundTripped() {
    return rows.stream()
        .filter(row -> !row.call().viaProxy() && row.matched())
        .flatMap(row -> row.thrown().error().stream())
        .distinct()
        .count();
  }

  /** Whether there was a proxy page and every one was decoded as it should be. */
  boolean proxyPageDecoded() {
    List<RoundTrip> proxied = rows.stream().filter(row -> row.call().viaProxy()).toList();
    return !proxied.isEmpty() && proxied.stream().allMatch(RoundTrip::matched);
  }

  /** Whether every row matched and every error of the catalog was among them. */
  boolean passed() {
    return rows.stream().allMatch(RoundTrip::matched)
        && errorsRoundTripped() == JourneyError.values().length
        && proxyPageDecoded()
        && problemsRoundTripped() == ShopError.values().length
        && german.matched();
  }

  /** The demo's last line. */
  String summary() {
    return errorsRoundTripped() + " of " + JourneyError.values().length
        + " errors round-tripped; proxy page "
        + (proxyPageDecoded() ? "decoded" : "NOT decoded") + " as UnknownJourneyException; "
        + problemsRoundTripped() + " of " + ShopError.values().length
        + " application/problem+json errors round-tripped; the German body "
        + (german.matched() ? "decoded to the same error and arguments" : "did NOT round-trip");
  }

  /** One line per row that did not match, saying how. */
  List<String> failures() {
    return Stream.concat(rows.stream()
        .filter(row -> !row.matched())
        .map(row -> row.call().method() + " " + row.call().path() + ": "
            + String.join("; ", row.mismatches())),
        shop.stream().filter(row -> !row.matched())
            .map(row -> "GET " + row.path() + ": " + String.join("; ", row.mismatches())))
        .toList();
  }
}
