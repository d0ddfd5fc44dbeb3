package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.TestApplication;
import io.github.errata.spring.app.Catalogs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An application that declares its own {@link ErrataExceptionHandler} gets that one, and only it. */
@SpringBootTest(classes = {TestApplication.class, OwnHandlerTest.OwnHandlerConfig.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnHandlerTest {

  /** A handler that also says who answered. */
  static class TaggingHandler extends ErrataExceptionHandler {
    @Override
    public void handle(ApiErrorException error, HttpServletRequest request,
        HttpServletResponse response) throws IOException {
      response.setHeader("X-Answered-By", "own handler");
      super.handle(error, request, response);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHandlerConfig {
    @Bean
    TaggingHandler taggingHandler() {
      return new TaggingHandler();
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void theApplicationsOwnHandlerReplacesTheAutoConfiguredOne() throws Exception {
    assertThat(context.getBeansOfType(ErrataExceptionHandler.class).values())
        .singleElement().isExactlyInstanceOf(TaggingHandler.class);

    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/errors/journey/OBJECT_NOT_FOUND")).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("X-Answered-By")).hasValue("own handler");
    assertThat(response.body()).isEqualTo(Catalogs.JOURNEY.make("OBJECT_NOT_FOUND").toJsonBytes());
  }
}
