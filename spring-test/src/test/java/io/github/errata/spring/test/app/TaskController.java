package io.github.errata.spring.test.app;

import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.TooManyRequestsException;
import io.github.errata.sample.problem.OrderNotFoundException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Throws catalog errors of both wire formats, and answers one request well. */
@RestController
public class TaskController {

  /** A 404 with typed arguments. */
  @GetMapping("/tasks/{id}")
  public String task(@PathVariable String id) {
    throw new ObjectNotFoundException("task", id);
  }

  /** A 429 with a delay. */
  @GetMapping("/busy")
  public String busy() {
    throw new TooManyRequestsException().withRetryAfter(Duration.ofSeconds(30));
  }

  /** An RFC 9457 problem. */
  @GetMapping("/orders/{id}")
  public String order(@PathVariable UUID id) {
    throw new OrderNotFoundException(id);
  }

  /** No error at all. */
  @GetMapping("/health")
  public String health() {
    return "up";
  }
}
