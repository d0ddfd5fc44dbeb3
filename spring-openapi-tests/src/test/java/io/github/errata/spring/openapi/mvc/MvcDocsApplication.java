package io.github.errata.spring.openapi.mvc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring MVC application with errata-spring and springdoc, and no Errata code at all. */
@SpringBootApplication
public class MvcDocsApplication {}
