package io.github.errata.micronaut;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JDK's HttpClient, reading exact bytes from the server: nothing of Micronaut in between. */
final class Wire {
  /** What a browser asks for when it follows a link. */
  static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
  /** What a client that reads only XML asks for. */
  static final String XML = "application/xml";

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Wire() {}

  /**
   * A GET, with headers given as name, value, name, value.
   *
   * @return the response with its body's bytes
   */
  static HttpResponse<byte[]> get(EmbeddedServer server, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
