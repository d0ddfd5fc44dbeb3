package io.github.errata.processor.compat;

/**
 * A baseline file that cannot be read: not there when it must be, not UTF-8, not valid JSON, of
 * a format version this errata does not read, or not of the shape the format describes. The
 * message names the file and says what is wrong and how to repair it.
 */
public final class BaselineFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An exception with that message. */
  public BaselineFileException(String message) {
    super(message);
  }
}
