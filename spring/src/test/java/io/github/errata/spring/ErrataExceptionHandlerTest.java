package io.github.errata.spring;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.CatchAllAdvice;
import io.github.errata.spring.app.TestApplication;
import io.github.errata.spring.app.BodyAdvice;
import io.github.errata.spring.app.Catalogs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server half on a real Boot 4 application (Tomcat, random loopback port), with nothing of
 * Errata declared: every error of the catalog answers with its status, media type and exact
 * bytes whatever the request accepts and whatever {@code ResponseBodyAdvice} the application has,
 * is logged as it should be, and Spring's own ways of answering other errors keep working beside it.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.level.io.github.errata.spring=DEBUG")
@ExtendWith(OutputCaptureExtension.class)
class ErrataExceptionHandlerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  static Stream<Arguments> errorsAndAccepts() {
    // No Accept; the catalog's own; a browser's; XML only, which no converter could write.
    List<String> accepts = List.of("", "application/json",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml");
    return Catalogs.all().stream().flatMap(catalog -> catalog.types().stream()
        .flatMap(type -> accepts.stream().map(accept -> Arguments.of(catalog.name(), type, accept))));
  }

  @Test
  void theAutoConfigurationRegistersTheAdviceOnce() {
    assertThat(context.getBeansOfType(ErrataExceptionHandler.class).values())
        .singleElement().isExactlyInstanceOf(ErrataExceptionHandler.class);
  }

  @ParameterizedTest(name = "{0} {1} Accept: {2}")
  @MethodSource("errorsAndAccepts")
  void everyErrorAnswersWithItsStatusMediaTypeAndBytesWhateverTheRequestAccepts(String catalog,
      String type, String accept) throws Exception {
    ApiErrorException thrown = Catalogs.named(catalog).make(type);

    HttpResponse<byte[]> response = get("/errors/" + catalog + "/" + type, accept);

    assertThat(response.statusCode()).isEqualTo(thrown.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValue(thrown.mediaType());
    assertThat(response.body()).isEqualTo(thrown.toJsonBytes());
    assertThat(response.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(thrown.toJsonBytes().length));
    assertThat(response.headers().firstValue("Retry-After"))
        .isEqualTo(thrown.retryAfter().map(Expect::retryAfterHeader));
    assertThat(response.headers().firstValue(BodyAdvice.SEEN)).isEmpty();
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
  void theApplicationsCatchAllAdviceKeepsItsOtherErrorsButNotTheCatalogs() throws Exception {
    HttpResponse<byte[]> response = get("/unexpected", "");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(new String(response.body(), UTF_8)).isEqualTo(CatchAllAdvice.ANSWER);

    assertThat(get("/errors/journey/OBJECT_NOT_FOUND", "").body())
        .isEqualTo(Catalogs.JOURNEY.make("OBJECT_NOT_FOUND").toJsonBytes());
  }

  @Test
  void aSuccessfulAnswerIsUntouched() throws Exception {
    HttpResponse<byte[]> response = get("/tasks/42", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(BodyAdvice.SEEN)).hasValue("seen");
    assertThat(new String(response.body(), UTF_8))
        .isEqualTo("{\"id\":\"42\",\"state\":\"open\"}");
  }

  private HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
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
