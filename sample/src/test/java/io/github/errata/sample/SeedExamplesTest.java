package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated code reproduces, byte for byte, each example response on the seed's "Error
 * Responses" page, both on the wire (compact) and as the page prints it (indented).
 */
class SeedExamplesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JourneyJacksonModule());

  /** The page's layout: four-space indent, "name": value. */
  private static final ObjectWriter AS_ON_THE_PAGE = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("    ", "\n")));

  /** The exception the server throws for each example of the seed page. */
  private static final Map<String, JourneyException> THROWN = Map.ofEntries(
        Map.entry("INTERNAL_SERVER_ERROR", new InternalServerErrorException()),
        Map.entry("OBJECT_NOT_FOUND", new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d")),
        Map.entry("INVALID_VALUE", new InvalidValueException("test", "status")),
        Map.entry("INVALID_API_REQUEST", new InvalidApiRequestException("unexpected token")),
        Map.entry("ROUTE_ERROR", new RouteErrorException("GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json")),
        Map.entry("ACCOUNT_NOT_FOUND", new AccountNotFoundException("533bda53027894f69b00105")),
        Map.entry("BATCH_ABORTED", new BatchAbortedException()),
        Map.entry("TOO_MANY_REQUESTS", new TooManyRequestsException()));

  /** Each example of the seed page, as printed there, with the exception that the server throws for it. */
  static Stream<Arguments> examples() {
    return SeedPage.ENTRIES.stream()
        .filter(entry -> entry.example() != null)
        .map(entry -> Arguments.of(THROWN.get(entry.type()), entry.example()));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void printsExactlyAsOnThePage(JourneyException thrown, String page) throws Exception {
    assertEquals(page, AS_ON_THE_PAGE.writeValueAsString(thrown));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void sendsTheCompactFormOfTheExample(JourneyException thrown, String page) throws Exception {
    String compact = MAPPER.writeValueAsString(MAPPER.readTree(page));
    assertEquals(compact, MAPPER.writeValueAsString(thrown));
    assertEquals(compact, MAPPER.writeValueAsString(thrown.toBody()));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void linksToTheErrorsSection(JourneyException thrown, String page) {
    assertEquals("https://docs.journeyapps.com/api-errors#" + thrown.type(), thrown.see());
    assertEquals(thrown.see(), thrown.error().orElseThrow().see());
  }
}
