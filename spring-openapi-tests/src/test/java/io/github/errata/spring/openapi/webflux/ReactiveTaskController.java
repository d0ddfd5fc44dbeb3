package io.github.errata.spring.openapi.webflux;

import io.github.errata.sample.AccountNotFoundException;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.TooManyRequestsException;
import io.github.errata.sample.problem.OrderNotFoundException;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The MVC application's operations, reactive: the declared errors are read the same way. */
@RestController
public class ReactiveTaskController {

  /** One error. */
  @GetMapping("/tasks/{id}")
  public Mono<String> task(@PathVariable String id) throws ObjectNotFoundException {
    return Mono.error(new ObjectNotFoundException("task", id));
  }

  /** Two errors with one status. */
  @GetMapping("/accounts/{account}/tasks/{id}")
  public Mono<String> accountTask(@PathVariable String account, @PathVariable String id)
      throws ObjectNotFoundException, AccountNotFoundException {
    return Mono.error(new AccountNotFoundException(account));
  }

  /** The catalog's sealed base: all of its errors. */
  @PostMapping("/batch")
  public Mono<String> batch() throws JourneyException {
    return Mono.error(new TooManyRequestsException());
  }

  /** Two catalogs, two media types, one status. */
  @GetMapping("/orders/{id}")
  public Mono<String> order(@PathVariable UUID id) throws OrderNotFoundException, ObjectNotFoundException {
    return Mono.error(new OrderNotFoundException(id));
  }

  /** The application's own description of a status that the catalog's error also has. */
  @GetMapping("/documented/{id}")
  @ApiResponse(responseCode = "404", description = "No such task, as the team words it.")
  public Mono<String> documented(@PathVariable String id) throws ObjectNotFoundException {
    return Mono.error(new ObjectNotFoundException("task", id));
  }

  /** No catalog error declared: left as springdoc makes it. */
  @GetMapping("/health")
  public Mono<String> health() throws IOException {
    return Mono.just("up");
  }
}
