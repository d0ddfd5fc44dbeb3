package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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

  /** Each example of the seed page, as printed there, with the exception that the server throws for it. */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(new InternalServerErrorException(), """
            {
                "type": "INTERNAL_SERVER_ERROR",
                "title": "Oops! Something went wrong.",
                "detail": "An internal server error has occurred.",
                "see": "https://docs.journeyapps.com/api-errors#INTERNAL_SERVER_ERROR"
            }"""),
        Arguments.of(new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"), """
            {
                "type": "OBJECT_NOT_FOUND",
                "title": "Object not found.",
                "detail": "No task found with ID: 'c3d59ff0-ba4a-11e3-a567-001e6733fe3d'",
                "see": "https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND"
            }"""),
        Arguments.of(new InvalidValueException("test", "status"), """
            {
                "type": "INVALID_VALUE",
                "title": "Invalid value specified.",
                "detail": "Invalid option \\"test\\" for field 'status'.",
                "see": "https://docs.journeyapps.com/api-errors#INVALID_VALUE"
            }"""),
        Arguments.of(new InvalidApiRequestException("unexpected token"), """
            {
                "type": "INVALID_API_REQUEST",
                "title": "Invalid JSON.",
                "detail": "unexpected token",
                "see": "https://docs.journeyapps.com/api-errors#INVALID_API_REQUEST"
            }"""),
        Arguments.of(new RouteErrorException("GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json"), """
            {
                "type": "ROUTE_ERROR",
                "title": "Route error.",
                "detail": "No route matches [GET] /api/v4/533bda53027894f69b001055/objec/tasks.json",
                "see": "https://docs.journeyapps.com/api-errors#ROUTE_ERROR"
            }"""),
        Arguments.of(new AccountNotFoundException("533bda53027894f69b00105"), """
            {
                "type": "ACCOUNT_NOT_FOUND",
                "title": "Account not found.",
                "detail": "Could not find account '533bda53027894f69b00105'.",
                "see": "https://docs.journeyapps.com/api-errors#ACCOUNT_NOT_FOUND"
            }"""),
        Arguments.of(new BatchAbortedException(), """
            {
                "type": "BATCH_ABORTED",
                "title": "Batch processing aborted due to error.",
                "detail": "Skipping this operation because a previous operation in this batch failed.",
                "see": "https://docs.journeyapps.com/api-errors#BATCH_ABORTED"
            }"""),
        Arguments.of(new TooManyRequestsException(), """
            {
                "type": "TOO_MANY_REQUESTS",
                "title": "Too Many Requests.",
                "detail": "Request rate limit exceeded for this account. Try again later.",
                "see": "https://docs.journeyapps.com/api-errors#TOO_MANY_REQUESTS"
            }"""));
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
