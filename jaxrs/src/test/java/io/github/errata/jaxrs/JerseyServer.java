package io.github.errata.jaxrs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** A real Jersey server on Grizzly, on a port the system picks on the loopback address. */
final class JerseyServer implements AutoCloseable {
  private final HttpServer server;
  private final URI uri;

  private JerseyServer(HttpServer server) {
    this.server = server;
    int port = server.getListeners().iterator().next().getPort();
    this.uri = URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Starts an application, which finds the providers in META-INF/services as any would. */
  static JerseyServer start(ResourceConfig application) {
    // WADL needs JAXB, which the tests do not have; without this Jersey warns on every start.
    application.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
        URI.create("http://127.0.0.1:0/"), application, false);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JerseyServer(server);
  }

  /** The address of a path on this server, such as {@code shop/orders/1}. */
  URI uri(String path) {
    return uri.resolve(path);
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
