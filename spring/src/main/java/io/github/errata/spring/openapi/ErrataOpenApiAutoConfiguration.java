package io.github.errata.spring.openapi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Registers {@link ErrataOperationCustomizer} where springdoc-openapi is on the classpath of a web
 * application (servlet or reactive), unless the application defines its own bean of that type: what
 * puts the catalog errors that each handler method declares in its {@code throws} clause into the
 * application's own {@code /v3/api-docs}, with no code.
 *
 * <p>The condition names springdoc by string, so an application without springdoc never loads a
 * class of it; found through the jar's
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOperationComponentsCustomizer")
public class ErrataOpenApiAutoConfiguration {

  /** Created by Spring, as a configuration class. */
  public ErrataOpenApiAutoConfiguration() {}

  /**
   * The customizer that documents declared errors.
   *
   * @param resourceLoader the application's, whose class loader holds the catalogs' jars
   * @return a new customizer
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrataOperationCustomizer errataOperationCustomizer(ResourceLoader resourceLoader) {
    return new ErrataOperationCustomizer(resourceLoader.getClassLoader());
  }
}
