package io.github.errata.spring.test.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring MVC application with errata-spring and no Errata code: what the assertions are tried on. */
@SpringBootApplication
public class TestApplication {}
