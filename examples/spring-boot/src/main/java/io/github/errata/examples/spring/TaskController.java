package io.github.errata.examples.spring;

import io.github.errata.sample.AccountNotFoundException;
import io.github.errata.sample.InvalidValueException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.RouteErrorException;
import io.github.errata.sample.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small slice of the JourneyApps Backend API: one account with one task. Every failure is one of
 * the catalog's exceptions, thrown; nothing here writes an error response. Each handler declares
 * what it throws, which is what puts those errors into the application's OpenAPI document.
 */
@RestController
public class TaskController {
  /** The one account there is. */
  public static final String ACCOUNT = "533bda53027894f69b001055";

  /** The route the rate limit applies to. */
  public static final String TASKS = "/api/v4/{account}/objects/task.json";

  private static final Map<String, Map<String, String>> TASKS_BY_ID = Map.of(
      "c3d59ff0-ba4a-11e3-a567-001e6733fe3d", Map.of("id", "c3d59ff0-ba4a-11e3-a567-001e6733fe3d", "status", "open"));
  private static final Set<String> STATUSES = Set.of("open", "done");

  private final RateLimiter limiter = new RateLimiter(5, Duration.ofSeconds(10));

  /** Lists the tasks, filtered by status; at most five calls in ten seconds. */
  @GetMapping(TASKS)
  public List<Map<String, String>> tasks(@PathVariable String account,
      @RequestParam(required = false) String status)
      throws AccountNotFoundException, TooManyRequestsException, InvalidValueException {
    checkAccount(account);
    limiter.acquire().ifPresent(wait -> {
      throw new TooManyRequestsException().withRetryAfter(wait);
    });
    if (status != null && !STATUSES.contains(status)) {
      throw new InvalidValueException(status, "status");
    }
    return TASKS_BY_ID.values().stream().filter(task -> status == null || task.get("status").equals(status)).toList();
  }

  /** One task by its ID. */
  @GetMapping("/api/v4/{account}/objects/task/{id}.json")
  public Map<String, String> task(@PathVariable String account, @PathVariable String id)
      throws AccountNotFoundException, ObjectNotFoundException {
    checkAccount(account);
    Map<String, String> task = TASKS_BY_ID.get(id);
    if (task == null) {
      throw new ObjectNotFoundException("task", id);
    }
    return task;
  }

  /** Any other path under the API: the catalog's route error, as the real API answers. */
  @RequestMapping("/api/**")
  public void noRoute(HttpServletRequest request) throws RouteErrorException {
    throw new RouteErrorException(request.getMethod(), request.getRequestURI());
  }

  private static void checkAccount(String account) {
    if (!ACCOUNT.equals(account)) {
      throw new AccountNotFoundException(account);
    }
  }
}
