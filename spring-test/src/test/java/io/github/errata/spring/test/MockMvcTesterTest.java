package io.github.errata.spring.test;

import static io.github.errata.spring.test.ErrataAssertions.assertThatError;

import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.spring.test.app.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

/** The assertions from {@code MockMvcTester}, on the application's own context (no server). */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class MockMvcTesterTest extends AssertionsContract {

  @Autowired
  WebApplicationContext context;

  @Override
  ErrorResponseAssert exchange(String path) {
    return assertThatError(MockMvcTester.from(context).get().uri(path).exchange());
  }

  @Test
  void asATestWritesIt() {
    MockMvcTester mvc = MockMvcTester.from(context);
    assertThatError(mvc.get().uri("/tasks/7").exchange())
        .hasError(ObjectNotFoundException.class)
        .extracting(ObjectNotFoundException::id).isEqualTo("7");
  }
}
