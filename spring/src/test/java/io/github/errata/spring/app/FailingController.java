package io.github.errata.spring.app;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Routes that fail in each way the tests compare, and one that succeeds. */
@RestController
public class FailingController {
  /** The HTML page a proxy sends for a 502, as nginx does. */
  public static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

  /** How far ahead the date in {@code /unavailable-until}'s {@code Retry-After} is. */
  public static final long UNAVAILABLE_SECONDS = 120;

  /** A task, the one successful answer: written as JSON by Boot's own converter. */
  public record Task(String id, String state) {}

  /** Throws the error of that type of the catalog of that name. */
  @GetMapping("/errors/{catalog}/{type}")
  public Task fail(@PathVariable String catalog, @PathVariable String type) {
    throw Catalogs.named(catalog).make(type);
  }

  /** Succeeds. */
  @GetMapping("/tasks/{id}")
  public Task task(@PathVariable String id) {
    return new Task(id, "open");
  }

  /** A 502 that no catalog made: a proxy's HTML page. */
  @GetMapping("/proxy/bad-gateway")
  public ResponseEntity<String> badGateway() {
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.TEXT_HTML).body(PROXY_PAGE);
  }

  /** A 503 whose {@code Retry-After} is an HTTP date, as a gateway in maintenance may send. */
  @GetMapping("/unavailable-until")
  public ResponseEntity<byte[]> unavailableUntil() {
    ZonedDateTime until = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(UNAVAILABLE_SECONDS);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, DateTimeFormatter.RFC_1123_DATE_TIME.format(until))
        .contentType(MediaType.APPLICATION_JSON)
        .body(Catalogs.JOURNEY.make("INTERNAL_SERVER_ERROR").toJsonBytes());
  }

  /** The same 404 as OBJECT_NOT_FOUND, the way Spring's own {@link ProblemDetail} answers it. */
  @GetMapping("/spring/problem/{id}")
  public Task problem(@PathVariable String id) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "No task found with ID: '" + id + "'");
    problem.setTitle("Object not found.");
    problem.setType(URI.create("https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND"));
    throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
  }

  /** The same 404 the way {@link ResponseStatusException} answers it. */
  @GetMapping("/spring/status/{id}")
  public Task status(@PathVariable String id) {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No task found with ID: '" + id + "'");
  }

  /** A bug: what an application's own catch-all advice answers. */
  @GetMapping("/unexpected")
  public Task unexpected() {
    throw new IllegalStateException("not a catalog error");
  }
}
