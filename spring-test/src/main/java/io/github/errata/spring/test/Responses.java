package io.github.errata.spring.test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Reads each test client's result into a {@link ReceivedResponse}. One class per client, so that
 * only the client a test uses is ever loaded: a servlet application's tests need no WebFlux, and the
 * reverse.
 */
final class Responses {
  private Responses() {}

  /** MockMvcTester's result. */
  static final class FromMockMvc {
    private FromMockMvc() {}

    static ReceivedResponse read(MvcTestResult result) {
      if (result.getUnresolvedException() != null) {
        throw new AssertionError("Expecting an error response, but the request failed with an"
            + " exception that no handler answered", result.getUnresolvedException());
      }
      MockHttpServletResponse response = result.getResponse();
      return new ReceivedResponse(response.getStatus(), response.getContentType(),
          response.getHeader(HttpHeaders.RETRY_AFTER), response.getContentAsByteArray());
    }
  }

  /** RestTestClient's response. */
  static final class FromRestTestClient {
    private FromRestTestClient() {}

    static ReceivedResponse read(RestTestClient.ResponseSpec spec) {
      org.springframework.test.web.servlet.client.EntityExchangeResult<byte[]> result =
          spec.expectBody().returnResult();
      HttpHeaders headers = result.getResponseHeaders();
      return new ReceivedResponse(result.getStatus().value(), headers.getFirst(HttpHeaders.CONTENT_TYPE),
          headers.getFirst(HttpHeaders.RETRY_AFTER), result.getResponseBody());
    }
  }

  /** WebTestClient's response. */
  static final class FromWebTestClient {
    private FromWebTestClient() {}

    static ReceivedResponse read(WebTestClient.ResponseSpec spec) {
      EntityExchangeResult<byte[]> result = spec.expectBody().returnResult();
      HttpHeaders headers = result.getResponseHeaders();
      return new ReceivedResponse(result.getStatus().value(), headers.getFirst(HttpHeaders.CONTENT_TYPE),
          headers.getFirst(HttpHeaders.RETRY_AFTER), result.getResponseBody());
    }
  }
}
