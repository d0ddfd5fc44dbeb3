package io.github.errata.examples.quarkus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JDK's HTTP client, with nothing of Quarkus between the test and the wire: what a test reads is
 * exactly what the server sent.
 */
final class Http {
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  private final URI base;

  /**
   * A client of one server.
   *
   * @param base the server's root, ending in a slash
   */
  Http(URI base) {
    this.base = base;
  }

  /** Sends a request with that {@code Accept} and reads the whole response. */
  HttpResponse<byte[]> send(String method, String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", accept)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The response's {@code Content-Type}, or an empty text where it has none. */
  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
