package io.github.errata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.errata.WireFormat;
import io.github.errata.runtime.ApiErrorException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An error written in several languages, and read back from a body in any of them. */
class TranslationTest {

  private static final Locale SWISS_GERMAN = Locale.forLanguageTag("de-CH");

  @Test
  void aThrownErrorIsWrittenInTheLanguageAskedForWithTheSameTypeStatusLinkAndArguments() {
    ApiErrorException error = new Journey.JourneyException(Translated.NOT_FOUND, "task", 7);
    assertEquals("{\"type\":\"OBJECT_NOT_FOUND\",\"title\":\"Objekt nicht gefunden.\","
        + "\"detail\":\"Kein task mit der ID '7' gefunden\","
        + "\"see\":\"https://example.com/errors#OBJECT_NOT_FOUND\"}",
        new String(error.toJsonBytes(Locale.GERMAN), StandardCharsets.UTF_8));
    assertEquals("Objekt nicht gefunden.", error.title(SWISS_GERMAN));
    assertEquals("Kein task mit der ID '7' gefunden", error.detail(SWISS_GERMAN));
    assertEquals(List.of("en", "de", "fr"), error.languages());
  }

  @Test
  void theMessageAndTheUnlocalizedAccessorsStayInTheCatalogsLanguage() {
    ApiErrorException error = new Journey.JourneyException(Translated.NOT_FOUND, "task", 7);
    error.toJsonBytes(Locale.GERMAN);
    assertEquals("No task found with ID: '7'", error.getMessage());
    assertEquals("Object not found.", error.title());
    assertEquals("No task found with ID: '7'", error.detail());
  }

  @Test
  void aMissingTranslationFallsBackToTheCatalogsTextKeyByKey() {
    ApiErrorException error = new Journey.JourneyException(Translated.NOT_FOUND, "task", 7);
    assertEquals("Objet introuvable.", error.title(Locale.FRENCH));
    assertEquals("No task found with ID: '7'", error.detail(Locale.FRENCH));
    assertArrayEquals(error.toJsonBytes(), error.toJsonBytes(Locale.JAPANESE));
    assertArrayEquals(error.toJsonBytes(), error.toJsonBytes(null));
    assertEquals("Object not found.", error.title(Locale.forLanguageTag("x-private")));
  }

  @Test
  void withoutADetailOfItsOwnTheTranslatedTitleIsTheDetail() {
    ApiErrorException error = new Journey.JourneyException(Translated.BUSY);
    assertEquals("{\"type\":\"BUSY\",\"title\":\"Beschäftigt.\",\"detail\":\"Beschäftigt.\"}",
        new String(error.toJsonBytes(Locale.GERMAN), StandardCharsets.UTF_8));
  }

  @Test
  void aBodyInAnyLanguageDecodesToTheSameErrorAndArgumentsWithTitleAndDetailAsReceived() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH}) {
      ApiErrorException thrown = new Journey.JourneyException(Translated.NOT_FOUND, "task", 7);
      String body = new String(thrown.toJsonBytes(locale), StandardCharsets.UTF_8);
      Journey.JourneyException decoded = Translated.decode(404, body);
      assertEquals("OBJECT_NOT_FOUND", decoded.type(), body);
      assertEquals(Map.of("objectType", "task", "id", 7), decoded.arguments(), body);
      assertEquals(thrown.title(locale), decoded.title());
      assertEquals(thrown.detail(locale), decoded.detail());
    }
  }

  @Test
  void theTitleTellsTheLanguageWhereEveryTemplateWouldFit() {
    ApiErrorException thrown = new Journey.JourneyException(Translated.INVALID, "a comma");
    Journey.JourneyException german = Translated.decode(400,
        new String(thrown.toJsonBytes(Locale.GERMAN), StandardCharsets.UTF_8));
    assertEquals("a comma", german.at(0));
    assertEquals("Ungültig: a comma", german.detail());
    // Without the title, the catalog's own template is tried first, and it fits anything.
    Journey.JourneyException untitled = Translated.decode(400,
        "{\"type\":\"INVALID_API_REQUEST\",\"detail\":\"Ungültig: a comma\"}");
    assertEquals("Ungültig: a comma", untitled.at(0));
  }

  @Test
  void aDetailInALanguageTheCatalogDoesNotHaveKeepsTheDetailAndNoArguments() {
    Journey.JourneyException decoded = Translated.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\","
        + "\"title\":\"Objeto no encontrado.\",\"detail\":\"No se encontró task con ID '7'\"}");
    assertEquals("No se encontró task con ID '7'", decoded.detail());
    assertEquals("Objeto no encontrado.", decoded.title());
    assertNull(decoded.at(0));
    assertNull(decoded.at(1));
  }

  @Test
  void aReceivedExceptionIsWrittenAsReceivedWhateverTheLocale() {
    Journey.JourneyException decoded = Translated.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\","
        + "\"title\":\"Object not found.\",\"detail\":\"No task found with ID: '7'\"}");
    assertArrayEquals(decoded.toJsonBytes(), decoded.toJsonBytes(Locale.GERMAN));
    assertEquals("Object not found.", decoded.title(Locale.GERMAN));
    assertEquals(List.of(), decoded.languages());
  }

  @Test
  void aProblemBodyInAnyLanguageReadsItsArgumentsFromMembersAndTheDetail() {
    ErrorSpec spec = ErrorSpec.builder(WireFormat.PROBLEM_JSON, "OUT_OF_STOCK", 409,
            "Out of stock.")
        .see("https://example.com/errors/out-of-stock")
        .parameter("sku", ArgumentKind.STRING)
        .detail("{sku} is out of stock")
        .translation("de", "Ausverkauft.", "{sku} ist ausverkauft")
        .build();
    CatalogSpec catalog = CatalogSpec.of(WireFormat.PROBLEM_JSON, spec);
    ApiErrorException thrown = new Journey.JourneyException(spec, "A-1");
    byte[] german = thrown.toJsonBytes(Locale.GERMAN);
    assertEquals("{\"type\":\"https://example.com/errors/out-of-stock\",\"title\":\"Ausverkauft.\","
        + "\"status\":409,\"detail\":\"A-1 ist ausverkauft\",\"sku\":\"A-1\"}",
        new String(german, StandardCharsets.UTF_8));
    Journey.JourneyException decoded = new Journey.JourneyException(
        catalog.read(409, german, null));
    assertEquals("A-1", decoded.at(0));
    // Without the member, from the German detail.
    Journey.JourneyException fromDetail = new Journey.JourneyException(catalog.read(409,
        ("{\"type\":\"https://example.com/errors/out-of-stock\",\"title\":\"Ausverkauft.\","
            + "\"detail\":\"B-2 ist ausverkauft\"}").getBytes(StandardCharsets.UTF_8), null));
    assertEquals("B-2", fromDetail.at(0));
  }

  @Test
  void aSecondTextInOneLanguageIsRefused() {
    ErrorSpec.Builder builder = ErrorSpec.builder(WireFormat.JSON, "X", 400, "X.")
        .translation("de", "X!", null);
    assertThrows(IllegalArgumentException.class, () -> builder.translation("de", "Y", null));
    assertThrows(IllegalArgumentException.class, () -> builder.translation("EN", "Y", null));
  }

  @Test
  void aLocaleIsMatchedByLookup() {
    assertSame(Translated.NOT_FOUND, Translated.NOT_FOUND.in(Locale.ITALIAN));
    assertEquals("de", Translated.NOT_FOUND.in(SWISS_GERMAN).language());
    assertEquals("fr", Translated.NOT_FOUND.in(Locale.CANADA_FRENCH).language());
    assertSame(Translated.UNTRANSLATED, Translated.UNTRANSLATED.in(Locale.GERMAN));
  }
}
