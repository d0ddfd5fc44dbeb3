package io.github.errata.sample.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What a reverse proxy answers when its upstream is gone: a 502 HTML page, not the API's JSON. */
final class BadGatewayPage implements HttpHandler {

  // nginx's own page, byte for byte what clients meet when a gateway is in trouble.
  private static final byte[] PAGE = """
      <html>
      <head><title>502 Bad Gateway</title></head>
      <body>
      <center><h1>502 Bad Gateway</h1></center>
      <hr><center>nginx</center>
      </body>
      </html>
      """.getBytes(StandardCharsets.US_ASCII);

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      HttpResponses.send(exchange, 502, "text/html", PAGE);
    } finally {
      exchange.close();
    }
  }
}
