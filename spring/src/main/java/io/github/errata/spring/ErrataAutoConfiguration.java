package io.github.errata.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.result.method.annotation.ResponseBodyResultHandler;

/**
 * Makes a catalog's exceptions answer as the catalog says, with no code, in a servlet (Spring MVC)
 * or a reactive (Spring WebFlux) web application: each stack gets its own handler, and nothing of
 * the other's. Spring Boot finds it through the jar's
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; a
 * plain Spring MVC application adds {@code @Import(ErrataAutoConfiguration.class)}.
 */
@AutoConfiguration
public class ErrataAutoConfiguration {

  /** Created by Spring, as a configuration class. */
  public ErrataAutoConfiguration() {}

  /** Spring MVC: the advice, unless the application defines its own bean of its type. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class Servlet {
    /**
     * The advice that writes a catalog's errors.
     *
     * @return a new handler
     */
    @Bean
    @ConditionalOnMissingBean
    ErrataExceptionHandler errataExceptionHandler() {
      return new ErrataExceptionHandler();
    }
  }

  /**
   * Spring WebFlux: the handler for annotated controllers and functional endpoints, unless the
   * application defines its own bean of its type, and the result handler that lets it see the
   * error of a controller's {@code Mono} or {@code Flux} that content negotiation would otherwise
   * never subscribe to.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  static class Reactive {
    /**
     * The handler that writes a catalog's errors.
     *
     * @return a new handler
     */
    @Bean
    @ConditionalOnMissingBean
    ErrataWebExceptionHandler errataWebExceptionHandler() {
      return new ErrataWebExceptionHandler();
    }

    /**
     * Lets a catalog error in a controller's reactive body reach the handler whatever the
     * request's {@code Accept}.
     *
     * @param responseBody WebFlux's own handler of {@code @ResponseBody} results, which it wraps
     * @return a new result handler
     */
    @Bean
    CatalogErrorResultHandler errataCatalogErrorResultHandler(
        ObjectProvider<ResponseBodyResultHandler> responseBody) {
      return new CatalogErrorResultHandler(responseBody);
    }
  }
}
