package io.github.errata.examples.spring;

import static io.github.errata.spring.test.ErrataAssertions.assertThatError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.errata.sample.AccountNotFoundException;
import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.RouteErrorException;
import io.github.errata.sample.TooManyRequestsException;
import io.github.errata.spring.ErrataErrorHandler;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example as a newcomer meets it: started on a free loopback port, called over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ExampleApplicationTest {
  private static final String ACCOUNT = TaskController.ACCOUNT;

  @LocalServerPort
  int port;

  @Test
  void itPrintsItsPortACurlLineAndWhatTheClientDecoded(CapturedOutput output) {
    assertThat(output.getOut())
        .contains("Try:  curl -i http://127.0.0.1:" + port + "/api/v4/" + ACCOUNT + "/objects/task/c3d5.json")
        .contains("A RestClient with ErrataErrorHandler got ObjectNotFoundException {objectType=task, id=c3d5}");
  }

  @Test
  void aMissingTaskIsTheCatalogsBodyOnTheWireAndTypedInTheClient() {
    RestClient raw = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(status -> true, (request, response) -> { })
        .build();
    ResponseEntity<byte[]> response = raw.get().uri("/api/v4/{a}/objects/task/c3d5.json", ACCOUNT)
        .retrieve().toEntity(byte[].class);
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getBody()).isEqualTo(new ObjectNotFoundException("task", "c3d5").toJsonBytes());

    ObjectNotFoundException decoded = catchThrowableOfType(ObjectNotFoundException.class,
        () -> client().get().uri("/api/v4/{a}/objects/task/c3d5.json", ACCOUNT).retrieve().body(String.class));
    assertThat(decoded.objectType()).isEqualTo("task");
    assertThat(decoded.id()).isEqualTo("c3d5");
  }

  @Test
  void anUnknownAccountAndAnUnknownRouteAreTheCatalogsToo() {
    AccountNotFoundException account = catchThrowableOfType(AccountNotFoundException.class,
        () -> client().get().uri("/api/v4/nope/objects/task.json").retrieve().body(String.class));
    assertThat(account.accountId()).isEqualTo("nope");

    RouteErrorException route = catchThrowableOfType(RouteErrorException.class,
        () -> client().get().uri("/api/v5/typo").retrieve().body(String.class));
    assertThat(route.method()).isEqualTo("GET");
    assertThat(route.path()).isEqualTo("/api/v5/typo");
  }

  @Test
  void theSixthListingInTenSecondsIsA429WithRetryAfter() {
    RestClient client = client();
    TooManyRequestsException limited = null;
    for (int call = 0; call < 6 && limited == null; call++) {
      limited = catchThrowableOfType(TooManyRequestsException.class,
          () -> client.get().uri(TaskController.TASKS, ACCOUNT).retrieve().body(String.class));
    }
    assertThat(limited).isNotNull();
    assertThat(limited.retryAfter()).hasValueSatisfying(
        wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(10)));
  }

  @Test
  void aTestAssertsOnTheTypedErrorInOneStatement() {
    RestTestClient client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    assertThatError(client.get().uri("/api/v4/{a}/objects/task/c3d5.json", ACCOUNT).exchange())
        .hasError(ObjectNotFoundException.class)
        .satisfies(e -> assertThat(e.id()).isEqualTo("c3d5"));
  }

  @Test
  void swaggerUiShowsEachOperationsDeclaredErrors() {
    RestClient raw = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    ResponseEntity<String> ui = raw.get().uri("/swagger-ui/index.html").retrieve().toEntity(String.class);
    assertThat(ui.getStatusCode().value()).isEqualTo(200);
    assertThat(ui.getHeaders().getContentType()).hasToString("text/html");

    JsonNode document = JsonMapper.builder().build()
        .readTree(raw.get().uri("/v3/api-docs").retrieve().body(String.class));
    JsonNode task = document.path("paths").path("/api/v4/{account}/objects/task/{id}.json").path("get");
    JsonNode notFound = task.at("/responses/404/content/application~1json/examples");
    assertThat(notFound.propertyNames()).containsExactly("OBJECT_NOT_FOUND", "ACCOUNT_NOT_FOUND");
    assertThat(notFound.at("/OBJECT_NOT_FOUND/value/type").asString()).isEqualTo("OBJECT_NOT_FOUND");
    JsonNode list = document.path("paths").path("/api/v4/{account}/objects/task.json").path("get");
    assertThat(list.path("responses").propertyNames()).contains("200", "404", "422", "429");
    assertThat(document.at("/components/schemas/JourneyErrorBody").isObject()).isTrue();
  }

  private RestClient client() {
    return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
        .defaultStatusHandler(new ErrataErrorHandler(JourneyErrorDecoder::decode))
        .build();
  }
}
