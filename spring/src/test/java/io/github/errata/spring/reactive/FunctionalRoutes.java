package io.github.errata.spring.reactive;

import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.FailingController.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Functional endpoints that fail in each way a handler function can, and one of the application's own errors. */
@Configuration(proxyBeanMethods = false)
public class FunctionalRoutes {

  /** The application's own error, which its own {@link TeapotHandler} answers. */
  public static class TeapotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A teapot. */
    public TeapotException() {
      super("short and stout");
    }
  }

  /** The routes. */
  @Bean
  RouterFunction<ServerResponse> failingRoutes() {
    return RouterFunctions.route()
        .GET("/fn/errors/{catalog}/{type}", request -> {
          throw error(request);
        })
        .GET("/fn/mono/{catalog}/{type}", request -> Mono.error(() -> error(request)))
        .GET("/fn/body/{catalog}/{type}", request ->
            ServerResponse.ok().body(Mono.error(() -> error(request)), Task.class))
        .GET("/fn/teapot", request -> {
          throw new TeapotException();
        })
        .GET("/fn/unexpected", request -> {
          throw new IllegalStateException("not a catalog error");
        })
        .build();
  }

  private static RuntimeException error(ServerRequest request) {
    return Catalogs.named(request.pathVariable("catalog")).make(request.pathVariable("type"));
  }
}
