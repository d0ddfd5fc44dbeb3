package io.github.errata.jaxrs;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Makes a Jakarta REST server answer every catalog's {@code ApiErrorException} with its status,
 * {@code Content-Type}, {@code Retry-After} and body bytes.
 *
 * <p>A Jakarta REST 3.1 or 4.0 runtime finds it through this jar's
 * {@code META-INF/services/jakarta.ws.rs.core.Feature}, so an application registers nothing. Where
 * the runtime's service loading is turned off ({@code jakarta.ws.rs.loadServices=false}), register
 * it by hand: {@code resourceConfig.register(ErrataFeature.class)}. Quarkus REST reads no service
 * files: it finds the mapper through this jar's Jandex index instead, and never loads this class.
 *
 * <p>The mapper it registers ranks below the application's own providers: an application that
 * registers its own {@code ExceptionMapper<ApiErrorException>} gets its own.
 */
public final class ErrataFeature implements Feature {

  /**
   * One rank below a user provider's default ({@link Priorities#USER}), so that the application's
   * own mapper for the same exception type is chosen over ours.
   */
  static final int MAPPER_PRIORITY = Priorities.USER + 1000;

  /** Made by the runtime from the service file, or by an application that registers it. */
  public ErrataFeature() {
  }

  /**
   * Registers the exception mapper on a server; does nothing on a client, for which a runtime may
   * load the service file's features too.
   *
   * @param context the server's or client's configuration
   * @return true where the mapper is registered
   */
  @Override
  public boolean configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() != RuntimeType.SERVER) {
      return false;
    }
    context.register(new ApiErrorExceptionMapper(), MAPPER_PRIORITY);
    return true;
  }
}
