package io.github.errata.spring.test;

import static io.github.errata.spring.test.ErrataAssertions.assertThatError;

import io.github.errata.spring.test.app.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The assertions from {@code WebTestClient}, over real HTTP to Tomcat on loopback. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebTestClientTest extends AssertionsContract {

  @LocalServerPort
  int port;

  @Override
  ErrorResponseAssert exchange(String path) {
    WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    return assertThatError(client.get().uri(path).exchange());
  }
}
