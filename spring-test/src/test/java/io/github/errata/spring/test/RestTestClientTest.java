package io.github.errata.spring.test;

import static io.github.errata.spring.test.ErrataAssertions.assertThatError;

import io.github.errata.spring.test.app.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The assertions from {@code RestTestClient}, over real HTTP to Tomcat on loopback. */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestTestClientTest extends AssertionsContract {

  @LocalServerPort
  int port;

  @Override
  ErrorResponseAssert exchange(String path) {
    RestTestClient client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    return assertThatError(client.get().uri(path).exchange());
  }
}
