package io.github.errata.spring.standin;

import io.github.errata.runtime.internal.ErrorSpec;
import io.github.errata.runtime.internal.Received;

/** Stand-in for the sample's generated {@code ObjectNotFoundException}: 404 OBJECT_NOT_FOUND. */
public final class ObjectNotFoundException extends JourneyException {
  private static final long serialVersionUID = 1L;
  static final ErrorSpec SPEC =
      spec("OBJECT_NOT_FOUND", 404, "Object not found.", false, "No {objectType} found with ID: '{id}'");

  /** Creates the error, to throw. */
  public ObjectNotFoundException(String objectType, String id) {
    super(SPEC, new Object[] {objectType, id});
  }

  ObjectNotFoundException(Received received) {
    super(SPEC, received);
  }

  /** The argument {@code objectType}; null where a received body did not carry it. */
  public String objectType() {
    return (String) argument(0);
  }

  /** The argument {@code id}; null where a received body did not carry it. */
  public String id() {
    return (String) argument(1);
  }
}
