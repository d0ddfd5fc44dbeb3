package io.github.errata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error survives the trip a client sees: thrown on the server, written as JSON, decoded
 * into an exception of the same class with the same facts and its typed arguments recovered.
 */
class RoundTripTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JourneyJacksonModule());

  /** One exception of every error, with arguments that are awkward to match back. */
  static List<JourneyException> everyError() {
    return List.of(
        new AuthenticationFailedException(),
        new InternalServerErrorException(new IllegalStateException("disk full")),
        new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"),
        new ObjectNotFoundException("task's", "id with 'quotes',\n a newline and \u00e9\ud83d\ude00"),
        new InvalidValueException("say \"hi\"\n", "status"),
        new InvalidApiRequestException("unexpected token at line 1 {oops}"),
        new RouteErrorException("GET", "/api/v4/533bda53027894f69b001055/objec/tasks.json"),
        new AccountNotFoundException("533bda53027894f69b00105"),
        new BatchAbortedException(),
        new TooManyRequestsException());
  }

  @Test
  void everyErrorOfTheCatalogIsCovered() {
    Set<JourneyError> covered = everyError().stream()
        .map(e -> e.error().orElseThrow())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(JourneyError.class)));
    assertEquals(EnumSet.allOf(JourneyError.class), covered);
  }

  @ParameterizedTest
  @MethodSource("everyError")
  void decodesFromBytes(JourneyException thrown) throws Exception {
    byte[] json = MAPPER.writeValueAsBytes(thrown);
    assertSameError(thrown, JourneyErrorDecoder.decode(thrown.status(), json));
  }

  @ParameterizedTest
  @MethodSource("everyError")
  void decodesFromAStringAndAStream(JourneyException thrown) throws Exception {
    String json = MAPPER.writeValueAsString(thrown);
    assertSameError(thrown, JourneyErrorDecoder.decode(thrown.status(), json));
    assertSameError(thrown, JourneyErrorDecoder.decode(thrown.status(),
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  @ParameterizedTest
  @MethodSource("everyError")
  void readsBackThroughJacksonDatabind(JourneyException thrown) throws Exception {
    String json = MAPPER.writeValueAsString(thrown);
    assertSameError(thrown, MAPPER.readValue(json, JourneyException.class));
    assertSameError(thrown, MAPPER.readValue(json, thrown.getClass()));
    assertEquals(thrown.toBody(), MAPPER.readValue(json, JourneyErrorBody.class));
  }

  @Test
  void readingOneErrorAsAnotherIsAnInputMismatch() throws Exception {
    String json = MAPPER.writeValueAsString(new TooManyRequestsException());
    MismatchedInputException mismatch = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(json, ObjectNotFoundException.class));
    assertTrue(mismatch.getMessage().contains("TOO_MANY_REQUESTS"), mismatch.getMessage());
  }

  @Test
  void aDecodedExceptionKeepsTheStatusItCameWith() {
    JourneyException decoded = JourneyErrorDecoder.decode(410,
        "{\"type\":\"OBJECT_NOT_FOUND\",\"detail\":\"No task found with ID: '7'\"}");
    ObjectNotFoundException notFound = assertInstanceOf(ObjectNotFoundException.class, decoded);
    assertEquals(410, notFound.status());
    assertEquals("task", notFound.objectType());
    assertEquals("7", notFound.id());
    // What the body lacks comes from the catalog.
    assertEquals("Object not found.", notFound.title());
    assertEquals(JourneyErrorLinks.OBJECT_NOT_FOUND, notFound.see());
  }

  @Test
  void aDetailThatNoLongerMatchesTheTemplateIsKeptWithoutArguments() {
    ObjectNotFoundException decoded = assertInstanceOf(ObjectNotFoundException.class,
        JourneyErrorDecoder.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\",\"detail\":\"Gone.\"}"));
    assertEquals("Gone.", decoded.detail());
    assertEquals("Gone.", decoded.getMessage());
    assertNull(decoded.objectType());
    assertNull(decoded.id());
  }

  @Test
  void anAmbiguousDetailLeavesTheArgumentsNull() {
    // "x found with ID: 'y" could be the objectType, or part of it: two readings, so neither.
    JourneyException decoded = JourneyErrorDecoder.decode(404, "{\"type\":\"OBJECT_NOT_FOUND\","
        + "\"detail\":\"No a found with ID: 'b found with ID: 'c'\"}");
    ObjectNotFoundException notFound = assertInstanceOf(ObjectNotFoundException.class, decoded);
    assertNull(notFound.objectType());
    assertNull(notFound.id());
  }

  @Test
  void fourHundredsSkipTheStackTraceAndFiveHundredsKeepIt() {
    assertEquals(0, new ObjectNotFoundException("task", "1").getStackTrace().length);
    assertEquals(0, new TooManyRequestsException().getStackTrace().length);
    assertNotEquals(0, new InternalServerErrorException().getStackTrace().length);
  }

  @Test
  void theEnumKnowsEachErrorByType() {
    for (JourneyError error : JourneyError.values()) {
      assertEquals(error, JourneyError.fromType(error.type()).orElseThrow());
    }
    assertTrue(JourneyError.fromType(null).isEmpty());
    assertTrue(JourneyError.fromType("object_not_found").isEmpty());
    assertTrue(JourneyError.TOO_MANY_REQUESTS.isRetryable());
    assertTrue(JourneyError.INTERNAL_SERVER_ERROR.isRetryable());
    assertEquals(List.of(JourneyError.INTERNAL_SERVER_ERROR, JourneyError.TOO_MANY_REQUESTS),
        Arrays.stream(JourneyError.values()).filter(JourneyError::isRetryable).toList());
  }

  @Test
  void theLinksAreCompileTimeConstants() {
    switch ("https://docs.journeyapps.com/api-errors#ROUTE_ERROR") {
      case JourneyErrorLinks.ROUTE_ERROR -> assertEquals(JourneyErrorLinks.INDEX + "#ROUTE_ERROR",
          JourneyError.ROUTE_ERROR.see());
      default -> throw new AssertionError("JourneyErrorLinks.ROUTE_ERROR is not the seed's link");
    }
  }

  /** Same class, same facts, and every typed argument equal. */
  static void assertSameError(JourneyException expected, JourneyException actual) {
    assertEquals(expected.getClass(), actual.getClass());
    assertEquals(expected.type(), actual.type());
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.title(), actual.title());
    assertEquals(expected.detail(), actual.detail());
    assertEquals(expected.see(), actual.see());
    assertEquals(accessors(expected), accessors(actual));
    assertEquals(accessors(actual), actual.arguments());
  }

  /**
   * The typed arguments read through their accessors, the public no-argument methods that the
   * subclass declares beyond {@code arguments()}: an independent check of {@code arguments()}.
   */
  static Map<String, Object> accessors(JourneyException exception) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    Arrays.stream(exception.getClass().getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0 && !m.getName().equals("arguments"))
        .sorted(Comparator.comparing(Method::getName))
        .forEach(m -> arguments.put(m.getName(), invoke(m, exception)));
    return arguments;
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
