package io.github.errata.sample.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole HTTP response: the one place the demo server sends bytes. */
final class HttpResponses {

  private HttpResponses() {
  }

  /** Sends the status, the content type and the body, then closes the response stream. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    // -1 is how HttpServer spells "no body"; 0 would mean chunked of unknown length.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
