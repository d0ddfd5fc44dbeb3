package io.github.errata.runtime.internal;

import io.github.errata.WireFormat;
import io.github.errata.runtime.DecodeLimits;

/** A small catalog in English with German and partly French translations, as generated code declares it. */
final class Translated {
  static final ErrorSpec NOT_FOUND = ErrorSpec.builder(WireFormat.JSON, "OBJECT_NOT_FOUND", 404,
          "Object not found.")
      .see("https://example.com/errors#OBJECT_NOT_FOUND")
      .parameter("objectType", ArgumentKind.STRING)
      .parameter("id", ArgumentKind.INT)
      .detail("No {objectType} found with ID: '{id}'")
      .language("en")
      .translation("de", "Objekt nicht gefunden.", "Kein {objectType} mit der ID '{id}' gefunden")
      .translation("fr", "Objet introuvable.", null)
      .build();
  /** A detail that is all placeholder: only the title tells a German body from an English one. */
  static final ErrorSpec INVALID = ErrorSpec.builder(WireFormat.JSON, "INVALID_API_REQUEST", 400,
          "Invalid JSON.")
      .parameter("problem", ArgumentKind.STRING)
      .detail("{problem}")
      .translation("de", "Ungültiges JSON.", "Ungültig: {problem}")
      .build();
  /** No detail of its own: the translated title is its detail too. */
  static final ErrorSpec BUSY = ErrorSpec.builder(WireFormat.JSON, "BUSY", 503, "Busy.")
      .retryable()
      .translation("de", "Beschäftigt.", null)
      .build();
  static final ErrorSpec UNTRANSLATED = ErrorSpec.builder(WireFormat.JSON, "GONE", 410, "Gone.")
      .parameter("id", ArgumentKind.STRING)
      .detail("{id} is gone")
      .build();

  static final CatalogSpec CATALOG = CatalogSpec.of(WireFormat.JSON, NOT_FOUND, INVALID, BUSY,
      UNTRANSLATED);

  private Translated() {}

  static Journey.JourneyException decode(int status, String body) {
    return new Journey.JourneyException(CATALOG.read(status, body, DecodeLimits.DEFAULT));
  }
}
