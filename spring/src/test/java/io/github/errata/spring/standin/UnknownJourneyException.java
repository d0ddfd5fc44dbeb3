package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code UnknownJourneyException}: a body the catalog does not know. */
public final class UnknownJourneyException extends JourneyException {
  private static final long serialVersionUID = 1L;
  private final String reason;
  private final String excerpt;

  UnknownJourneyException(Received received) {
    super(null, received);
    this.reason = received.reason();
    this.excerpt = received.excerpt();
  }

  /** Why the body could not be read, or null where it was read and only its type is unknown. */
  public String reason() {
    return reason;
  }

  /** The start of an unreadable body, escaped; null where the body was read. */
  public String excerpt() {
    return excerpt;
  }
}
