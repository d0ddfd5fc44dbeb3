package io.github.errata.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Boot application the tests start: controllers that throw the errors of the catalogs in {@link Catalogs}, and Spring's
 * own ways of answering an error beside them. It declares nothing of Errata's: the advice comes
 * from the auto-configuration alone.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class TestApplication {}
