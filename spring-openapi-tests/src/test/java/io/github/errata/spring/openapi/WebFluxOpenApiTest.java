package io.github.errata.spring.openapi;

import io.github.errata.spring.openapi.webflux.WebFluxDocsApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The declared errors in a WebFlux application's own document, on Netty over loopback. */
@SpringBootTest(classes = WebFluxDocsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=reactive")
class WebFluxOpenApiTest extends DeclaredErrorsContract {

  @LocalServerPort
  int port;

  @Override
  int port() {
    return port;
  }
}
