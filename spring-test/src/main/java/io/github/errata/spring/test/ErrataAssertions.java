package io.github.errata.spring.test;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * AssertJ entry points on an error response of Spring's test clients: the response decoded into the
 * catalog's typed exception, asserted in one statement.
 *
 * <pre>{@code
 * assertThatError(mvc.get().uri("/tasks/7").exchange())
 *     .hasStatus(404)
 *     .hasError(ObjectNotFoundException.class)
 *     .satisfies(e -> assertThat(e.id()).isEqualTo("7"));
 * }</pre>
 *
 * <p>{@link ErrorResponseAssert#hasError(Class)} finds the catalog's decoder from the exception
 * class; {@link ErrorResponseAssert#decodedWith} names it instead. Only the client a test passes is
 * loaded, so a servlet application's tests need no WebFlux on their class path.
 */
public final class ErrataAssertions {
  private ErrataAssertions() {}

  /**
   * The error response of a {@code MockMvcTester} exchange.
   *
   * @param result {@code mvc.get().uri(...).exchange()}
   * @return the assertion
   */
  public static ErrorResponseAssert assertThatError(MvcTestResult result) {
    return new ErrorResponseAssert(Responses.FromMockMvc.read(result));
  }

  /**
   * The error response of a {@code RestTestClient} exchange; its body is read.
   *
   * @param response {@code client.get().uri(...).exchange()}
   * @return the assertion
   */
  public static ErrorResponseAssert assertThatError(RestTestClient.ResponseSpec response) {
    return new ErrorResponseAssert(Responses.FromRestTestClient.read(response));
  }

  /**
   * The error response of a {@code WebTestClient} exchange; its body is read.
   *
   * @param response {@code client.get().uri(...).exchange()}
   * @return the assertion
   */
  public static ErrorResponseAssert assertThatError(WebTestClient.ResponseSpec response) {
    return new ErrorResponseAssert(Responses.FromWebTestClient.read(response));
  }
}
