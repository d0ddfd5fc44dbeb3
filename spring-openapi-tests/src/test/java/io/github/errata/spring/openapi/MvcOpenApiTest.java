package io.github.errata.spring.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.spring.openapi.mvc.MvcDocsApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The declared errors in a Spring MVC application's own document, on Tomcat over loopback. */
@SpringBootTest(classes = MvcDocsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=servlet")
class MvcOpenApiTest extends DeclaredErrorsContract {

  @LocalServerPort
  int port;

  @Override
  int port() {
    return port;
  }

  @Test
  void theDocumentedExampleIsWhatTheServerSends() throws Exception {
    ObjectNotFoundException example = new ObjectNotFoundException("task", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    HttpResponse<byte[]> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/tasks/" + example.id())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(sent.statusCode()).isEqualTo(404);
    assertThat(sent.body()).isEqualTo(example.toJsonBytes());
    assertThat(JSON.readTree(sent.body())).isEqualTo(document.at(
        "/paths/~1tasks~1{id}/get/responses/404/content/application~1json/examples/OBJECT_NOT_FOUND/value"));
  }
}
