package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.spring.app.BodyAdvice;
import io.github.errata.spring.app.TestApplication;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.reactive.HandlerResultHandler;

/**
 * The server half on Spring MVC: the {@link ServerContract} on a real Boot 4 servlet application
 * (Tomcat, random loopback port), and what only MVC has: an application's
 * {@code ResponseBodyAdvice}, which never sees a catalog's body.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.level.io.github.errata.spring=DEBUG")
class ErrataExceptionHandlerTest extends ServerContract {

  @Override
  List<String> routes() {
    return List.of("/errors");
  }

  @Override
  void checkNothingOfTheApplicationsOn(HttpResponse<byte[]> response) {
    assertThat(response.headers().firstValue(BodyAdvice.SEEN)).isEmpty();
  }

  @Test
  void theAutoConfigurationRegistersTheAdviceOnceAndNothingReactive() {
    assertThat(context.getBeansOfType(ErrataExceptionHandler.class).values())
        .singleElement().isExactlyInstanceOf(ErrataExceptionHandler.class);
    assertThat(context.getBeansOfType(ErrataWebExceptionHandler.class)).isEmpty();
    assertThat(context.getBeansOfType(HandlerResultHandler.class)).isEmpty();
  }

  @Test
  void theApplicationsResponseBodyAdviceStillSeesASuccessfulAnswer() throws Exception {
    assertThat(get("/tasks/42", "").headers().firstValue(BodyAdvice.SEEN)).hasValue("seen");
  }
}
