package io.github.errata.spring.openapi.mvc;

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

/** Operations that declare catalog errors in every way the documentation reads, and one that declares none. */
@RestController
public class TaskController {

  /** One error. */
  @GetMapping("/tasks/{id}")
  public String task(@PathVariable String id) throws ObjectNotFoundException {
    throw new ObjectNotFoundException("task", id);
  }

  /** Two errors with one status. */
  @GetMapping("/accounts/{account}/tasks/{id}")
  public String accountTask(@PathVariable String account, @PathVariable String id)
      throws ObjectNotFoundException, AccountNotFoundException {
    throw new AccountNotFoundException(account);
  }

  /** The catalog's sealed base: all of its errors. */
  @PostMapping("/batch")
  public String batch() throws JourneyException {
    throw new TooManyRequestsException();
  }

  /** Two catalogs, two media types, one status. */
  @GetMapping("/orders/{id}")
  public String order(@PathVariable UUID id) throws OrderNotFoundException, ObjectNotFoundException {
    throw new OrderNotFoundException(id);
  }

  /** The application's own description of a status that the catalog's error also has. */
  @GetMapping("/documented/{id}")
  @ApiResponse(responseCode = "404", description = "No such task, as the team words it.")
  public String documented(@PathVariable String id) throws ObjectNotFoundException {
    throw new ObjectNotFoundException("task", id);
  }

  /** No catalog error declared: left as springdoc makes it. */
  @GetMapping("/health")
  public String health() throws IOException {
    return "up";
  }
}
