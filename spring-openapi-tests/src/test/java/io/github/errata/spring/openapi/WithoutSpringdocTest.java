package io.github.errata.spring.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.spring.ErrataExceptionHandler;
import io.github.errata.spring.openapi.plain.PlainApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * An application without springdoc (the build runs this test alone, with springdoc and swagger taken
 * off the class path): it starts, answers its errors, and has nothing of the OpenAPI part, with no
 * class-loading error.
 */
@SpringBootTest(classes = PlainApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=servlet")
class WithoutSpringdocTest {

  @LocalServerPort
  int port;

  @Autowired
  ApplicationContext context;

  @Test
  void springdocAndSwaggerAreNotOnTheClassPath() {
    ClassLoader loader = getClass().getClassLoader();
    assertThat(ClassUtils.isPresent("org.springdoc.core.customizers.GlobalOperationComponentsCustomizer",
        loader)).isFalse();
    assertThat(ClassUtils.isPresent("io.swagger.v3.oas.models.Operation", loader)).isFalse();
  }

  @Test
  void theServletApplicationStartsAndAnswersItsErrorsWithNothingOfOpenApi() throws Exception {
    assertThat(context.containsBean("errataOperationCustomizer")).isFalse();
    assertThat(context.getBeansOfType(ErrataExceptionHandler.class)).hasSize(1);

    HttpResponse<byte[]> error = get("/tasks/7");
    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.body()).isEqualTo(new ObjectNotFoundException("task", "7").toJsonBytes());
    assertThat(get("/v3/api-docs").statusCode()).isEqualTo(404);
  }

  @Test
  void aReactiveApplicationStartsToo() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ErrataOpenApiAutoConfiguration.class))
        .run(reactive -> {
          assertThat(reactive).hasNotFailed();
          assertThat(reactive.containsBean("errataOperationCustomizer")).isFalse();
        });
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
