package io.github.errata.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ErrataExceptionHandler} in a servlet web application, unless the application
 * defines its own bean of that type: what makes a catalog's exceptions answer as the catalog says
 * with no code. Spring Boot finds it through the jar's
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; a
 * plain Spring application adds {@code @Import(ErrataAutoConfiguration.class)}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ErrataAutoConfiguration {

  /** Created by Spring, as a configuration class. */
  public ErrataAutoConfiguration() {}

  /**
   * The advice that writes a catalog's errors.
   *
   * @return a new handler
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrataExceptionHandler errataExceptionHandler() {
    return new ErrataExceptionHandler();
  }
}
