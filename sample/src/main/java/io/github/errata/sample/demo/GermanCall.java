package io.github.errata.sample.demo;

import io.github.errata.sample.JourneyException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * One call made in German: what came back (the body in German, its {@code Content-Language}) and
 * whether the client decoded the same error, with the same arguments, as the server threw.
 *
 * @param status the HTTP status
 * @param contentLanguage the response's {@code Content-Language}
 * @param body the body received
 * @param decoded what the client's decoder made of it
 * @param thrown what the server threw, or null where it said nothing
 * @param matched whether the body is the thrown error's German one and decodes back to it
 */
record GermanCall(int status, String contentLanguage, byte[] body, JourneyException decoded,
    JourneyException thrown, boolean matched) {

  /** The call, checked against what the server threw. */
  static GermanCall check(int status, String contentLanguage, byte[] body,
      JourneyException decoded, JourneyException thrown) {
    boolean matched = thrown != null
        && contentLanguage.equals("de")
        && java.util.Arrays.equals(body, thrown.toJsonBytes(Locale.GERMAN))
        && decoded.getClass() == thrown.getClass()
        && Objects.equals(decoded.type(), thrown.type())
        && decoded.status() == thrown.status()
        && decoded.arguments().equals(thrown.arguments())
        && Objects.equals(decoded.detail(), thrown.detail(Locale.GERMAN));
    return new GermanCall(status, contentLanguage, body, decoded, thrown, matched);
  }

  /** What the demo prints of it. */
  String describe() {
    return "HTTP " + status + ", Content-Language: " + contentLanguage + "\n  "
        + new String(body, StandardCharsets.UTF_8) + "\n  decoded: "
        + decoded.getClass().getSimpleName() + " " + decoded.arguments()
        + (matched ? "" : "  MISMATCH");
  }
}
