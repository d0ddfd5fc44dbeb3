package io.github.errata.micronaut;

import io.github.errata.micronaut.app.App;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the one application every fast test shares (started by the first that asks, closed
 * when the run ends), so that the module's tests start Micronaut once.
 */
final class SharedServer implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == EmbeddedServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // The root store closes what it holds (an EmbeddedServer is AutoCloseable) when the run ends.
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("server", key -> App.start(Map.of()), EmbeddedServer.class);
  }
}
