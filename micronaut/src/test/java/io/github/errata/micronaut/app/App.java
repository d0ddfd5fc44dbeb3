package io.github.errata.micronaut.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;

/** Starts the test application: a real Micronaut Netty server on a loopback port the OS chooses. */
public final class App {
  private App() {}

  /**
   * Starts the application.
   *
   * @param properties what it is configured with besides the loopback address and a free port
   * @return its running server; closing it stops the application
   */
  public static EmbeddedServer start(Map<String, Object> properties) {
    Map<String, Object> all = new HashMap<>(properties);
    all.put("micronaut.server.host", "127.0.0.1");
    // -1: a free port, chosen when the server binds.
    all.put("micronaut.server.port", -1);
    ApplicationContext context = ApplicationContext.builder()
        .properties(all)
        .deduceEnvironment(false)
        .banner(false)
        .start();
    return context.getBean(EmbeddedServer.class).start();
  }
}
