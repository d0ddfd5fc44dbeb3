package io.github.errata.spring.reactive;

import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.FailingController.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Annotated routes that signal a catalog's error instead of throwing it. */
@RestController
public class ReactiveController {
  /** Signals the error of that type through the {@code Mono} it returns. */
  @GetMapping("/mono/{catalog}/{type}")
  public Mono<Task> mono(@PathVariable String catalog, @PathVariable String type) {
    return Mono.error(() -> Catalogs.named(catalog).make(type));
  }

  /** Signals the error of that type through the {@code Flux} it returns. */
  @GetMapping("/flux/{catalog}/{type}")
  public Flux<Task> flux(@PathVariable String catalog, @PathVariable String type) {
    return Flux.error(() -> Catalogs.named(catalog).make(type));
  }

  /** Succeeds later. */
  @GetMapping("/later/tasks/{id}")
  public Mono<Task> taskLater(@PathVariable String id) {
    return Mono.just(new Task(id, "open"));
  }

  /** Signals a bug, not a catalog error. */
  @GetMapping("/later/unexpected")
  public Mono<Task> unexpectedLater() {
    return Mono.error(() -> new IllegalStateException("not a catalog error"));
  }
}
