package io.github.errata.examples.quarkus;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A route filter of the tests' application that writes {@code Vary: Origin} on the response to a
 * request that carries an {@code Origin}, before Quarkus REST runs, as a CORS layer varying by
 * origin does (Quarkus's own CORS filter writes no {@code Vary}). {@link LanguageTest} proves that
 * an error's {@code Vary: Accept-Language} is added beside it; requests without an {@code Origin},
 * those of every other test, are left alone.
 */
@ApplicationScoped
public class VaryByOrigin {
  /** The header this filter writes, and the name it writes in it. */
  static final String ORIGIN = "Origin";

  void register(@Observes Filters filters) {
    filters.register(context -> {
      if (context.request().getHeader(ORIGIN) != null) {
        context.response().headers().add("Vary", ORIGIN);
      }
      context.next();
    }, 100);
  }
}
