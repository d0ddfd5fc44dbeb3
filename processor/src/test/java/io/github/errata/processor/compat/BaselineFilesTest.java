package io.github.errata.processor.compat;

import static com.google.common.truth.Truth.assertThat;
import static io.github.errata.processor.compat.Descriptions.CATALOG;
import static io.github.errata.processor.compat.Descriptions.journey;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two baseline files: written in a stable order, read back strictly, refused with a clear message. */
class BaselineFilesTest {

  private static final String API = CATALOG + ".api.json";
  private static final String ACCEPTED = CATALOG + ".accepted.json";

  private static final List<Acknowledgement> ACKNOWLEDGEMENTS = List.of(
      new Acknowledgement(ChangeKind.REMOVED_ERROR, "RATE_LIMITED", "rateLimited()", "no plans any more"),
      new Acknowledgement(ChangeKind.CHANGED_STATUS, "OBJECT_NOT_FOUND", "404 -> 410", "\"gone\" is \\ clearer"));

  @Test
  void theBaselineIsLaidOutForReview() {
    CatalogDescription catalog = new CatalogDescription(CATALOG, "Journey", "JSON", List.of(
        new ErrorDescription("objectNotFound", "OBJECT_NOT_FOUND", 404, false,
            List.of(new ParameterDescription("objectType", "String"),
                new ParameterDescription("id", "java.util.UUID")),
            "No {objectType} found with ID: '{id}'", "Object not found.",
            "https://docs.example.com/errors#OBJECT_NOT_FOUND", "Line one.\nLine \"two\".", "skipped",
            List.of("task", "c3d5")),
        new ErrorDescription("conflict", "CONFLICT", 409, true, List.of(), "", "Conflict.", "", "",
            "skipped", List.of())),
        List.of("OLD_ERROR"));

    assertThat(BaselineFiles.writeBaseline(catalog)).isEqualTo("""
        {
          "formatVersion": 1,
          "catalog": "com.example.JourneyErrors",
          "stem": "Journey",
          "wire": "JSON",
          "errors": [
            {
              "type": "CONFLICT",
              "method": "conflict",
              "status": 409,
              "retryable": true,
              "parameters": [],
              "detail": "",
              "title": "Conflict.",
              "link": "",
              "stackTrace": "skipped",
              "example": [],
              "description": ""
            },
            {
              "type": "OBJECT_NOT_FOUND",
              "method": "objectNotFound",
              "status": 404,
              "retryable": false,
              "parameters": [
                {"name": "objectType", "type": "String"},
                {"name": "id", "type": "java.util.UUID"}
              ],
              "detail": "No {objectType} found with ID: '{id}'",
              "title": "Object not found.",
              "link": "https://docs.example.com/errors#OBJECT_NOT_FOUND",
              "stackTrace": "skipped",
              "example": ["task", "c3d5"],
              "description": "Line one.\\nLine \\"two\\"."
            }
          ],
          "retiredTypes": [
            "OLD_ERROR"
          ]
        }
        """);
  }

  @Test
  void theOrderOfDeclarationDoesNotChangeTheFile() {
    List<ErrorDescription> reversed = new ArrayList<>(journey().errors());
    Collections.reverse(reversed);
    CatalogDescription same = new CatalogDescription(CATALOG, "Journey", "JSON", reversed, List.of());

    assertThat(BaselineFiles.writeBaseline(same)).isEqualTo(BaselineFiles.writeBaseline(journey()));
  }

  @Test
  void theBaselineReadsBackAsWritten() throws Exception {
    CatalogDescription catalog = Descriptions.edit(journey(), "objectNotFound", e -> e
        .title("Tab\there, NUL \u0000, DEL \u007f, line separator \u2028, emoji \uD83D\uDE00, lone \uD800")
        .description("é ü 日本"))
        .withRetiredTypes(List.of("Z_OLD", "A_OLD"));

    CatalogDescription read = BaselineFiles.readBaseline(API, BaselineFiles.writeBaseline(catalog));

    // Equal as data; the file sorts the errors, so compare them as sets.
    assertThat(read.errors()).containsExactlyElementsIn(catalog.errors());
    assertThat(read.withRetiredTypes(List.of()).qualifiedName()).isEqualTo(CATALOG);
    assertThat(read.retiredTypes()).containsExactly("A_OLD", "Z_OLD").inOrder();
    assertThat(BaselineFiles.writeBaseline(read)).isEqualTo(BaselineFiles.writeBaseline(catalog));
  }

  @Test
  void acknowledgementsAreSortedAndReadBackAsWritten() throws Exception {
    String text = BaselineFiles.writeAccepted(CATALOG, ACKNOWLEDGEMENTS);

    assertThat(text).isEqualTo("""
        {
          "formatVersion": 1,
          "catalog": "com.example.JourneyErrors",
          "accepted": [
            {
              "kind": "changed-status",
              "element": "OBJECT_NOT_FOUND",
              "change": "404 -> 410",
              "reason": "\\"gone\\" is \\\\ clearer"
            },
            {
              "kind": "removed-error",
              "element": "RATE_LIMITED",
              "change": "rateLimited()",
              "reason": "no plans any more"
            }
          ]
        }
        """);
    assertThat(BaselineFiles.readAccepted(ACCEPTED, text, CATALOG))
        .containsExactly(ACKNOWLEDGEMENTS.get(1), ACKNOWLEDGEMENTS.get(0)).inOrder();
  }

  @Test
  void filesInADirectoryRoundTrip(@TempDir Path directory) throws Exception {
    Path baselines = directory.resolve("src/main/errata");

    assertThat(BaselineFiles.readBaseline(baselines, CATALOG)).isEmpty();
    assertThat(BaselineFiles.readAccepted(baselines, CATALOG)).isEmpty();

    BaselineFiles.writeBaseline(baselines, journey());
    BaselineFiles.writeAccepted(baselines, CATALOG, ACKNOWLEDGEMENTS);

    assertThat(BaselineFiles.readBaseline(baselines, CATALOG).orElseThrow().errors())
        .containsExactlyElementsIn(journey().errors());
    assertThat(BaselineFiles.readAccepted(baselines, CATALOG)).containsExactlyElementsIn(ACKNOWLEDGEMENTS);
    assertThat(Files.exists(baselines.resolve(API))).isTrue();
  }

  @Test
  void noAcknowledgementsRemoveTheFile(@TempDir Path directory) throws Exception {
    BaselineFiles.writeAccepted(directory, CATALOG, ACKNOWLEDGEMENTS);
    assertThat(Files.exists(directory.resolve(ACCEPTED))).isTrue();

    BaselineFiles.writeAccepted(directory, CATALOG, List.of());

    assertThat(Files.exists(directory.resolve(ACCEPTED))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      empty file          ||                                                 line 1, column 1: the text ends where a value was expected
      not JSON            | <html>Bad gateway</html>                        | line 1, column 1: expected a value, found '<'
      truncated           | {"formatVersion": 1, "catalog": "a              | line 1, column 35: the text ends inside a string
      trailing comma      | {"formatVersion": 1,}                           | line 1, column 21: expected a member name in double quotes
      ends in object      | {"formatVersion": 1,                            | line 1, column 21: the text ends inside an object
      ends in array       | {"errors": [                                    | line 1, column 13: the text ends inside an array
      comment             | // baseline\\n{}                                 | line 1, column 1: expected a value, found '/'
      single quotes       | {'formatVersion': 1}                            | line 1, column 2: expected a member name in double quotes
      two values          | {} {}                                           | line 1, column 4: unexpected text after the end of the value
      duplicate member    | {"formatVersion": 1, "formatVersion": 1}        | line 1, column 22: the member "formatVersion" appears twice
      leading zero        | {"formatVersion": 01}                           | line 1, column 20: expected ',' or '}'
      bad escape          | {"a\\x": 1}                                     | line 1, column 4: \\x is not a JSON escape
      short unicode       | {"a\\u12": 1}                                   | line 1, column 4: a \\u escape needs four hex digits
      bare word           | {"formatVersion": one}                          | line 1, column 19: expected a value, found 'o'
      misspelt literal    | {"formatVersion": nul}                          | line 1, column 19: expected null
      """)
  void invalidJsonIsAClearError(String name, String text, String where) {
    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(API, text == null ? "" : text.replace("\\n", "\n")));

    assertThat(e).hasMessageThat().isEqualTo(API + " is not valid JSON (" + where
        + "); repair it, or restore it from version control");
  }

  @Test
  void aRawControlCharacterInAStringIsRefused() {
    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(API, "{\"a\": \"x\ny\"}"));

    assertThat(e).hasMessageThat().contains("line 1, column 9: a control character (U+000A) must be escaped");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(API, deep));

    assertThat(e).hasMessageThat().contains("line 1, column 65: nested more than 64 levels deep");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      newer version  | {"formatVersion": 2, "something": "else"}   | is of format version 2, and this errata reads version 1 only
      version text   | {"formatVersion": "1"}                      | is of format version 1, and this errata reads version 1 only
      fraction       | {"formatVersion": 1.5}                      | is of format version 1.5, and this errata reads version 1 only
      no version     | {"catalog": "com.example.JourneyErrors"}    | has no "formatVersion", so it is not an errata baseline file
      not an object  | [1]                                         | is not a valid errata baseline file of format version 1: the file must be a JSON object
      """)
  void aFileOfAnotherFormatIsAClearError(String name, String text, String message) {
    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(API, text));

    assertThat(e).hasMessageThat().startsWith(API + " ");
    assertThat(e).hasMessageThat().contains(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown member   | "wire": "JSON",                    | "wire": "JSON", "wires": 1,                | the file has a member "wires" that the format does not define
      missing member   | "stem": "Journey",                 | ''                                         | the file has no member "stem"
      wrong type       | "status": 404,                     | "status": "404",                           | "errors[1].status" must be a whole number
      not a whole num  | "status": 404,                     | "status": 404.5,                           | "errors[1].status" must be a whole number, and is 404.5
      huge number      | "status": 404,                     | "status": 1e40,                            | "errors[1].status" must be a whole number, and is 1E+40
      bad parameter    | {"name": "id", "type": "java.util.UUID"} | {"name": "id"}                       | "errors[1].parameters[1]" has no member "type"
      bad example      | "example": ["task", "c3d5"],       | "example": ["task", 5],                    | "errors[1].example[1]" must be a string
      duplicate type   | "type": "RATE_LIMITED",            | "type": "OBJECT_NOT_FOUND",                | two errors have the type OBJECT_NOT_FOUND
      """)
  void aFileOfTheWrongShapeIsAClearError(String name, String replace, String with, String message) {
    String text = BaselineFiles.writeBaseline(journey());
    assertThat(text).contains(replace);

    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(API, text.replace(replace, with)));

    assertThat(e).hasMessageThat().isEqualTo(API + " is not a valid errata baseline file of format"
        + " version 1: " + message + "; repair it, or restore it from version control");
  }

  @Test
  void anAcknowledgementOfAnUnknownKindIsRefused() {
    String text = BaselineFiles.writeAccepted(CATALOG, ACKNOWLEDGEMENTS.subList(1, 2))
        .replace("changed-status", "changed-colour");

    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readAccepted(ACCEPTED, text, CATALOG));

    assertThat(e).hasMessageThat().contains("\"changed-colour\" is not a kind of break");
  }

  @Test
  void aSafeChangeCannotBeAcknowledged() {
    String text = BaselineFiles.writeAccepted(CATALOG, ACKNOWLEDGEMENTS.subList(1, 2))
        .replace("changed-status", "changed-title");

    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readAccepted(ACCEPTED, text, CATALOG));

    assertThat(e).hasMessageThat().contains("\"changed-title\" is not a kind of break");
  }

  @Test
  void aBreakAcknowledgedTwiceIsRefused() {
    Acknowledgement once = ACKNOWLEDGEMENTS.get(0);
    String text = BaselineFiles.writeAccepted(CATALOG, List.of(once,
        new Acknowledgement(once.kind(), once.element(), once.change(), "another reason")));

    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readAccepted(ACCEPTED, text, CATALOG));

    assertThat(e).hasMessageThat().contains("the break removed-error of RATE_LIMITED is acknowledged twice");
  }

  @Test
  void aFileOfAnotherCatalogIsRefused(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve(API), BaselineFiles.writeBaseline(
        new CatalogDescription("com.example.OtherErrors", "Other", "JSON", List.of(), List.of())));
    Files.writeString(directory.resolve(ACCEPTED),
        BaselineFiles.writeAccepted("com.example.OtherErrors", ACKNOWLEDGEMENTS));

    BaselineFileException baseline = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(directory, CATALOG));
    BaselineFileException accepted = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readAccepted(directory, CATALOG));

    assertThat(baseline).hasMessageThat().contains("holds the baseline of com.example.OtherErrors");
    assertThat(accepted).hasMessageThat().contains("it acknowledges breaks of com.example.OtherErrors");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused(@TempDir Path directory) throws IOException {
    byte[] text = BaselineFiles.writeBaseline(journey()).getBytes(StandardCharsets.UTF_8);
    text[text.length / 2] = (byte) 0xC0;
    Files.write(directory.resolve(API), text);

    BaselineFileException e = assertThrows(BaselineFileException.class,
        () -> BaselineFiles.readBaseline(directory, CATALOG));

    assertThat(e).hasMessageThat().isEqualTo(API + " is not UTF-8 text; restore it from version control");
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    String text = "\uFEFF" + BaselineFiles.writeBaseline(journey());

    assertThat(BaselineFiles.readBaseline(API, text).errors()).containsExactlyElementsIn(journey().errors());
  }
}
