package io.github.errata.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.CatchAllAdvice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.RequestReplyReceiverContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Boot 4 application with nothing of Errata declared answers, whatever its web stack: every
 * error of every catalog, on every route the stack can fail on, answers with its status, media
 * type, exact bytes and {@code Retry-After} whatever the request accepts; it is logged as it should
 * be and recorded as the error of the request's observation (in the real meter registry, and as a
 * tracing bridge's handler sees it); and
 * Spring's and the application's own ways of answering other errors keep working beside it. Each
 * stack's test runs it against its own application (Tomcat for MVC, Netty for WebFlux).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class ServerContract {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** No Accept; the catalog's own; a browser's; XML only, which no converter or encoder could write. */
  static final List<String> ACCEPTS = List.of("", "application/json",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml");

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  /**
   * The routes under which the application fails, each followed by {@code /{catalog}/{type}}.
   *
   * @return the first is a controller that throws; the others, the stack's other ways to fail
   */
  abstract List<String> routes();

  /**
   * Checks what else an error response must not carry on this stack.
   *
   * @param response an error response of a catalog
   */
  void checkNothingOfTheApplicationsOn(HttpResponse<byte[]> response) {}

  Stream<Arguments> routesErrorsAndAccepts() {
    return routes().stream().flatMap(route -> Catalogs.all().stream().flatMap(catalog -> catalog.types()
        .stream().flatMap(type -> ACCEPTS.stream().map(accept -> Arguments.of(route, catalog.name(), type, accept)))));
  }

  @ParameterizedTest(name = "{0} {1} {2} Accept: {3}")
  @MethodSource("routesErrorsAndAccepts")
  void everyErrorAnswersWithItsStatusMediaTypeAndBytesWhateverTheRequestAccepts(String route,
      String catalog, String type, String accept) throws Exception {
    ApiErrorException thrown = Catalogs.named(catalog).make(type);

    HttpResponse<byte[]> response = get(route + "/" + catalog + "/" + type, accept);

    assertThat(response.statusCode()).isEqualTo(thrown.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValue(thrown.mediaType());
    assertThat(response.body()).isEqualTo(thrown.toJsonBytes());
    assertThat(response.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(thrown.toJsonBytes().length));
    assertThat(response.headers().firstValue("Retry-After"))
        .isEqualTo(thrown.retryAfter().map(Expect::retryAfterHeader));
    checkNothingOfTheApplicationsOn(response);
  }

  Stream<String> routesForObservation() {
    return routes().stream();
  }

  /** What a tracing bridge's handler sees when a request's observation stops: its error. */
  private final Queue<Throwable> stoppedWithError = new ConcurrentLinkedQueue<>();
  private boolean tracerRegistered;

  @ParameterizedTest(name = "{0}")
  @MethodSource("routesForObservation")
  void aCatalogErrorIsTheErrorOfTheRequestsObservation(String route) throws Exception {
    MeterRegistry registry = context.getBean(MeterRegistry.class);
    // A handler as a tracing bridge's is (it marks the span with the error it finds on stop).
    ObservationHandler<Observation.Context> tracer = new ObservationHandler<>() {
      @Override
      public boolean supportsContext(Observation.Context observed) {
        return observed instanceof RequestReplyReceiverContext<?, ?>;
      }

      @Override
      public void onStop(Observation.Context observed) {
        if (observed.getError() != null) {
          stoppedWithError.add(observed.getError());
        }
      }
    };
    if (!tracerRegistered) {
      context.getBean(ObservationRegistry.class).observationConfig().observationHandler(tracer);
      tracerRegistered = true;
    }
    stoppedWithError.clear();
    // A browser's Accept: on WebFlux the hardest way for an error to reach the handler.
    assertThat(get(route + "/billing/INVOICE_NOT_FOUND", ACCEPTS.get(2)).statusCode()).isEqualTo(404);
    assertThat(get(route + "/billing/PAYMENTS_UNAVAILABLE", "").statusCode()).isEqualTo(503);

    // The observation stops once the response is sent, which the client may see first.
    Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      assertThat(requests(registry, route, "InvoiceNotFoundException", "404", "CLIENT_ERROR").timers()).isNotEmpty();
      assertThat(requests(registry, route, "PaymentsUnavailableException", "503", "SERVER_ERROR").timers()).isNotEmpty();
      assertThat(stoppedWithError).extracting(error -> error.getClass().getSimpleName())
          .contains("InvoiceNotFoundException", "PaymentsUnavailableException");
    });
  }

  private static Search requests(MeterRegistry registry, String route, String error, String status,
      String outcome) {
    return registry.find("http.server.requests").tag("uri", route + "/{catalog}/{type}")
        .tag("error", error).tag("status", status)
        .tag("outcome", outcome).tag("method", "GET");
  }

  @Test
  void aServerErrorIsLoggedAtErrorWithItsStackTraceAndCause(CapturedOutput output) throws Exception {
    assertThat(get("/errors/journey/INTERNAL_SERVER_ERROR", "").statusCode()).isEqualTo(500);

    List<String> lines = output.getOut().lines().toList();
    int logged = indexOf(lines, "GET /errors/journey/INTERNAL_SERVER_ERROR answered 500 INTERNAL_SERVER_ERROR");
    assertThat(lines.get(logged)).contains(" ERROR ");
    List<String> after = lines.subList(logged + 1, lines.size());
    assertThat(after).anyMatch(line -> line.contains("at io.github.errata.spring.app.FailingController.fail"));
    assertThat(after).anyMatch(line -> line.startsWith("Caused by: java.lang.IllegalStateException: database down"));
  }

  @Test
  void aClientErrorIsLoggedAtDebugOnlyAndWithoutAStackTrace(CapturedOutput output) throws Exception {
    for (Catalogs.Catalog catalog : Catalogs.all()) {
      for (String type : catalog.types()) {
        ApiErrorException thrown = catalog.make(type);
        if (thrown.status() >= 500) {
          continue;
        }
        assertThat(get("/errors/" + catalog.name() + "/" + type, "").statusCode()).isEqualTo(thrown.status());
        List<String> lines = output.getOut().lines().toList();
        String line = lines.get(indexOf(lines, " answered " + thrown.status() + " " + type));
        assertThat(line).contains(" DEBUG ").doesNotContain(" ERROR ", " WARN ", " INFO ");
        assertThat(lines).noneMatch(l -> l.contains(type) && l.matches(".* (ERROR|WARN|INFO) .*"));
      }
    }
    assertThat(output.getOut()).doesNotContain("\tat io.github.errata.spring.app.FailingController");
  }

  @Test
  void springsProblemDetailStillAnswersTheApplicationsOtherErrors() throws Exception {
    HttpResponse<byte[]> response = get("/spring/problem/c3d5", "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = JsonMapper.shared().readTree(response.body());
    assertThat(body.get("type").asString()).isEqualTo("https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND");
    assertThat(body.get("title").asString()).isEqualTo("Object not found.");
    assertThat(body.get("status").asInt()).isEqualTo(404);
    assertThat(body.get("detail").asString()).isEqualTo("No task found with ID: 'c3d5'");
  }

  @Test
  void springsResponseStatusExceptionStillAnswers() throws Exception {
    HttpResponse<byte[]> response = get("/spring/status/c3d5", "");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = JsonMapper.shared().readTree(response.body());
    assertThat(body.get("detail").asString()).isEqualTo("No task found with ID: 'c3d5'");
  }

  @Test
  void anUnknownPathIsStillSpringsOwn404() throws Exception {
    HttpResponse<byte[]> response = get("/no/such/path", "application/json");

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode body = JsonMapper.shared().readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(404);
    assertThat(body.has("type") && body.get("type").asString().contains("#")).isFalse();
  }

  @Test
  void theApplicationsCatchAllAdviceKeepsItsOtherErrorsButNotTheCatalogs() throws Exception {
    HttpResponse<byte[]> response = get("/unexpected", "");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(new String(response.body(), UTF_8)).isEqualTo(CatchAllAdvice.ANSWER);

    for (String route : routes()) {
      assertThat(get(route + "/journey/OBJECT_NOT_FOUND", "").body())
          .isEqualTo(Catalogs.JOURNEY.make("OBJECT_NOT_FOUND").toJsonBytes());
    }
  }

  @Test
  void aSuccessfulAnswerIsUntouched() throws Exception {
    HttpResponse<byte[]> response = get("/tasks/42", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), UTF_8)).isEqualTo("{\"id\":\"42\",\"state\":\"open\"}");
  }

  HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (!accept.isEmpty()) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line logged with \"" + text + "\" in:\n" + String.join("\n", lines));
  }
}
