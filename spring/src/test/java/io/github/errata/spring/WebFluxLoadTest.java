package io.github.errata.spring;

import io.github.errata.spring.reactive.ReactiveTestApplication;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same bounded load as {@link LoadTest} (16 clients, 20,000 error responses, every one checked
 * on the wire and decoded, thorough tier) against the reactive application on Netty, cycling
 * through every way a WebFlux application can fail: controllers that throw or signal through
 * {@code Mono}/{@code Flux}, and functional endpoints.
 */
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {ReactiveTestApplication.REACTIVE, "logging.level.io.github.errata.spring=OFF"})
class WebFluxLoadTest extends LoadTest {

  @Override
  List<String> routes() {
    return List.of("/errors", "/mono", "/flux", "/fn/errors", "/fn/mono", "/fn/body");
  }
}
