package io.github.errata.spring.reactive;

import io.github.errata.spring.app.CatchAllAdvice;
import io.github.errata.spring.app.FailingController;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The reactive Boot application the WebFlux tests start (Netty): the servlet test application's
 * controller and catch-all advice, which WebFlux runs as they are, beside controllers that signal
 * their errors through {@code Mono.error}/{@code Flux.error} and functional endpoints. It declares
 * nothing of Errata's.
 */
@SpringBootApplication(proxyBeanMethods = false)
@Import({FailingController.class, CatchAllAdvice.class})
public class ReactiveTestApplication {
  /**
   * The property that makes it reactive: both stacks are on the tests' classpath, and Boot would
   * otherwise start a servlet application.
   */
  public static final String REACTIVE = "spring.main.web-application-type=reactive";
}
