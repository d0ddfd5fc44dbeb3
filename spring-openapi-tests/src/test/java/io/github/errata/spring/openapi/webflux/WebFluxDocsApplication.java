package io.github.errata.spring.openapi.webflux;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A WebFlux application with errata-spring and springdoc, and no Errata code at all. */
@SpringBootApplication
public class WebFluxDocsApplication {}
