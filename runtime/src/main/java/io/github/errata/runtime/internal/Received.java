package io.github.errata.runtime.internal;

import java.util.Map;

/**
 * What a decoder read of a received body, with the HTTP status it came with.
 *
 * @param status the HTTP status
 * @param type the type received, or null
 * @param title the title, or null
 * @param detail the detail, or null
 * @param see the link, or null
 * @param instance RFC 9457's instance, or null
 * @param extensions other members, in order; unmodifiable
 * @param arguments the typed arguments read back, or null where there are none
 * @param mediaType the media type the body is written back with
 * @param reason why the body could not be read, or null
 * @param excerpt a short escaped excerpt of an unreadable body, or null
 */
public record Received(int status, String type, String title, String detail, String see,
    String instance, Map<String, Object> extensions, Object[] arguments, String mediaType,
    String reason, String excerpt) {

  /** The body as received, written back. */
  public byte[] toJsonBytes() {
    return JsonWriter.body(type, title, detail, see, extensions);
  }
}
