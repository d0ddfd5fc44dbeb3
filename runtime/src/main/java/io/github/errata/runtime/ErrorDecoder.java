package io.github.errata.runtime;

/**
 * Turns an error response into an exception: what a client adapter needs of a catalog. Every
 * generated decoder's {@code decode(int, byte[])} fits it, as in {@code JourneyErrorDecoder::decode}.
 *
 * <h2>How a body is read</h2>
 *
 * <p>The body must be one JSON object (RFC 8259, strictly: no comments, single quotes, NaN,
 * leading zeros or trailing commas), optionally after a UTF-8 byte-order mark and surrounded by
 * whitespace. It is read with the runtime's own bounded reader, within {@link DecodeLimits}, and
 * what was read before any failure is kept: a body whose type was read whole and names a known
 * error gives the typed exception (with one suppressed {@code IOException} saying why the rest
 * was not read and how the body starts), any other gives the catalog's unknown exception, with
 * {@code reason()} and {@code excerpt()}. The exception always has the HTTP status given.
 *
 * <ul>
 *   <li><b>Invalid UTF-8 ends the reading at its first bad byte</b>: an overlong form (such as
 *       {@code C0 AF} for {@code /}), a surrogate encoded in UTF-8 ({@code ED A0 80}), a code
 *       point past U+10FFFF ({@code F4 90 80 80}, {@code F5} and up), a byte that starts no
 *       character and a sequence cut short. The reason names the bytes and their offset. No bad
 *       byte is ever read as a character, U+FFFD included. Surrogates written as
 *       {@code &#92;uXXXX} escapes are JSON, and read as the chars they name, paired or not.
 *   <li>UTF-16 and UTF-32 bodies, told by a byte-order mark or by the zero bytes of ASCII text,
 *       are read too, as strictly: a lone surrogate ends the reading there. Such a body is read
 *       whole (within the byte cap) before it is parsed.
 *   <li>A {@code String} body is encoded as UTF-8 first, as far as the byte cap allows; a lone
 *       surrogate in it, which UTF-8 cannot carry, ends the reading there.
 *   <li>A number counts only once what follows it has been read ({@code 3} might be the start of
 *       {@code 30}); a value of an object or array only once it is closed.
 *   <li>For a known type, a member that is missing or not a string falls back to the catalog's:
 *       the title, the link, and for the detail the title. Of a member given twice, the last
 *       string counts.
 *   <li>Members other than the catalog format's own are extensions, in the order received (a
 *       repeated one keeps its first place and its last value), as plain Java values:
 *       {@code String}, {@code Boolean}, {@code null}, a whole number as {@code Integer},
 *       {@code Long} or {@code BigInteger} (the smallest that holds it), any other number as
 *       {@code Double} (which may be infinite, or {@code -0.0}), an array as a {@code List} and an
 *       object as a {@code Map} in member order.
 * </ul>
 */
@FunctionalInterface
public interface ErrorDecoder {

  /**
   * Decodes an error response. Never throws, whatever the body: a body that cannot be read gives
   * the catalog's unknown exception, with the status kept.
   *
   * @param httpStatus the response's HTTP status
   * @param body the response body, or null where there was none
   * @return the exception; never null
   */
  ApiErrorException decode(int httpStatus, byte[] body);
}
