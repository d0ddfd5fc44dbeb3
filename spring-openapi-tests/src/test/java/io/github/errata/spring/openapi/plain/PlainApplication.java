package io.github.errata.spring.openapi.plain;

import io.github.errata.sample.ObjectNotFoundException;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An application with errata-spring, an operation that declares a catalog error, and no springdoc. */
@SpringBootApplication
public class PlainApplication {

  /** The operation. */
  @RestController
  public static class Tasks {
    /**
     * Throws the declared error.
     *
     * @param id the task's ID
     * @return never
     * @throws ObjectNotFoundException always
     */
    @GetMapping("/tasks/{id}")
    public String task(@PathVariable String id) throws ObjectNotFoundException {
      throw new ObjectNotFoundException("task", id);
    }
  }
}
