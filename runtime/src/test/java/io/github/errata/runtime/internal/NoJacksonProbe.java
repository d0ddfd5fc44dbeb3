package io.github.errata.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.errata.runtime.internal.Journey.JourneyException;

/**
 * What an application without Jackson does with a catalog, run by {@link WithoutJacksonTest} in
 * a class loader that has no Jackson: throw, write, and decode.
 */
public final class NoJacksonProbe {
  private NoJacksonProbe() {}

  /**
   * Writes a thrown exception's body and decodes it back.
   *
   * @return the decoded detail, arguments and body, on one line each
   */
  public static String run() {
    JourneyException thrown = new JourneyException(Journey.OBJECT_NOT_FOUND, "task", "42");
    JourneyException decoded = Journey.decode(404, thrown.toJsonBytes());
    return decoded.getMessage() + "\n" + decoded.arguments() + "\n"
        + new String(decoded.toJsonBytes(), UTF_8);
  }
}
