package io.github.errata.benchmarks;

/**
 * The exceptions a client without Errata writes by hand, made by a switch on the body's type: the
 * decode baselines end here. Like Errata's 4xx exceptions they skip the stack trace, so a decode
 * benchmark measures reading, not stack walking. Unlike Errata's, they keep the detail as text and
 * do not match it back to a template for typed arguments.
 */
public abstract sealed class HandWrittenApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;
  private final String see;

  HandWrittenApiException(int status, String type, String title, String detail, String see) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.see = see;
  }

  /** The switch a client writes: the exception for a received body's type. */
  static HandWrittenApiException of(int status, String type, String title, String detail, String see) {
    if (type == null) {
      return new OtherError(status, null, title, detail, see);
    }
    return switch (type) {
      case "OBJECT_NOT_FOUND" -> new ObjectNotFound(status, type, title, detail, see);
      case "TOO_MANY_REQUESTS" -> new TooManyRequests(status, type, title, detail, see);
      default -> new OtherError(status, type, title, detail, see);
    };
  }

  /** The same switch on a body read by databind. */
  static HandWrittenApiException of(int status, PlainErrorBody body) {
    return of(status, body.type(), body.title(), body.detail(), body.see());
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public String see() {
    return see;
  }

  /** OBJECT_NOT_FOUND. */
  public static final class ObjectNotFound extends HandWrittenApiException {
    private static final long serialVersionUID = 1L;

    ObjectNotFound(int status, String type, String title, String detail, String see) {
      super(status, type, title, detail, see);
    }
  }

  /** TOO_MANY_REQUESTS. */
  public static final class TooManyRequests extends HandWrittenApiException {
    private static final long serialVersionUID = 1L;

    TooManyRequests(int status, String type, String title, String detail, String see) {
      super(status, type, title, detail, see);
    }
  }

  /** Any other type, or none. */
  public static final class OtherError extends HandWrittenApiException {
    private static final long serialVersionUID = 1L;

    OtherError(int status, String type, String title, String detail, String see) {
      super(status, type, title, detail, see);
    }
  }
}
