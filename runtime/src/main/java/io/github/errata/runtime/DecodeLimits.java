package io.github.errata.runtime;

/**
 * How much reading one body may cost. Each bound, once passed, ends the reading; what was read
 * before it is kept.
 *
 * <p>{@link #DEFAULT}: 1 MiB of body, nesting 64 deep, strings of 65,536 chars. Memory is bounded
 * by these and not by the body: a body of 60 MB is refused after its first
 * {@code maxBodyBytes + 1} bytes.
 *
 * @param maxBodyBytes the most bytes of a body that are read; a longer body is treated as cut off
 *     there. At least 1
 * @param maxDepth the deepest nesting of objects and arrays, the body itself being level 1. From
 *     1 to 1000
 * @param maxStringLength the most chars of one string value; a longer one ends the reading. At
 *     least 1
 */
public record DecodeLimits(int maxBodyBytes, int maxDepth, int maxStringLength) {

  /**
   * 1 MiB (1,048,576 bytes) of body, nesting 64 deep, strings of 65,536 chars: room for any error
   * body, little for an attack.
   */
  public static final DecodeLimits DEFAULT = new DecodeLimits(1 << 20, 64, 65_536);

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException where a bound is out of its range
   */
  public DecodeLimits {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, not " + maxBodyBytes);
    }
    // Nested values are read one stack frame a level: the stack must not run out first.
    if (maxDepth < 1 || maxDepth > 1000) {
      throw new IllegalArgumentException("maxDepth must be from 1 to 1000, not " + maxDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException("maxStringLength must be at least 1, not " + maxStringLength);
    }
  }
}
