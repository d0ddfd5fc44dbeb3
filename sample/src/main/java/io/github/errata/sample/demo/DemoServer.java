package io.github.errata.sample.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.JourneyJacksonModule;
import io.github.errata.sample.problem.ShopException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's HTTP server on 127.0.0.1: the Backend API, a proxy's 502 page beside it, and a shop
 * API whose errors are RFC 9457 problems.
 */
final class DemoServer implements AutoCloseable {

  /** The one account of the demo API, and the ID of its backend deployment: the seed's. */
  static final String ACCOUNT = "533bda53027894f69b001055";

  /** The backend deployment's password for HTTP Basic auth. */
  static final String PASSWORD = "correct-horse-battery-staple";

  /** The header a client tags each request with, so what it decodes meets what was thrown. */
  static final String REQUEST_ID = "X-Request-Id";

  private final HttpServer http;
  private final Map<String, JourneyException> thrown = new ConcurrentHashMap<>();
  private final Map<String, ShopException> shopThrown = new ConcurrentHashMap<>();

  private DemoServer() throws IOException {
    // Loopback by its literal address, on a port the system picks: nothing beyond this machine
    // can reach the demo, no name lookup can send it elsewhere, and no running service collides.
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    http = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    ObjectMapper json = new ObjectMapper().registerModule(new JourneyJacksonModule());
    BackendApi api = new BackendApi(json, Map.of(ACCOUNT, PASSWORD));
    // "/" rather than "/api/v4/": a path outside the API is a route error in JSON too.
    http.createContext("/", new ErrorMapping(api, this::record));
    // The proxy in front still sends the retired v3 API to an upstream that no longer runs.
    http.createContext("/api/v3/", new BadGatewayPage());
    // A second API, whose catalog speaks RFC 9457 (application/problem+json).
    http.createContext("/shop/", new ShopApi((exchange, error) -> {
      String requestId = exchange.getRequestHeaders().getFirst(REQUEST_ID);
      if (requestId != null) {
        shopThrown.put(requestId, error);
      }
    }));
  }

  /** Starts a server; close it to stop it. */
  static DemoServer start() throws IOException {
    DemoServer server = new DemoServer();
    server.http.start();
    return server;
  }

  /** The server's root, such as {@code http://127.0.0.1:40123/}. */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
  }

  /** The exception the server answered the request with this ID with, if it threw one. */
  Optional<JourneyException> thrown(String requestId) {
    return Optional.ofNullable(thrown.get(requestId));
  }

  /** The exception the shop API answered the request with this ID with, if it threw one. */
  Optional<ShopException> shopThrown(String requestId) {
    return Optional.ofNullable(shopThrown.get(requestId));
  }

  private void record(HttpExchange exchange, JourneyException error) {
    String requestId = exchange.getRequestHeaders().getFirst(REQUEST_ID);
    if (requestId != null) {
      thrown.put(requestId, error);
    }
  }

  /** Stops the server at once: the demo waits for no exchange, it has had every answer. */
  @Override
  public void close() {
    http.stop(0);
  }
}
