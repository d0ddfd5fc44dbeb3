package io.github.errata.sample.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.errata.sample.AccountNotFoundException;
import io.github.errata.sample.AuthenticationFailedException;
import io.github.errata.sample.BatchAbortedException;
import io.github.errata.sample.InvalidApiRequestException;
import io.github.errata.sample.InvalidValueException;
import io.github.errata.sample.JourneyException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.RouteErrorException;
import io.github.errata.sample.TooManyRequestsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small Backend API whose handlers throw the catalog's exceptions, as an application's would. */
final class BackendApi implements HttpHandler {

  private static final Pattern API_PATH = Pattern.compile("/api/v4/([^/]+)/(.+)");
  private static final Set<String> TASK_STATUSES = Set.of("open", "in_progress", "closed");
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final ObjectMapper json;
  private final Map<String, String> passwords;
  private final List<Route> routes;
  private final Map<String, JsonNode> objects = new ConcurrentHashMap<>();
  private final RateLimiter exports = new RateLimiter(Duration.ofMinutes(1));

  /** An API whose backend deployments, by ID, have these passwords and may see their own account. */
  BackendApi(ObjectMapper json, Map<String, String> passwords) {
    this.json = json;
    this.passwords = Map.copyOf(passwords);
    this.routes = List.of(
        new Route("GET", "objects/([a-z_]+)\\.json", this::listObjects),
        new Route("GET", "objects/([a-z_]+)/([^/]+)\\.json", this::getObject),
        new Route("POST", "objects/task\\.json", this::createTask),
        new Route("POST", "objects/task/export\\.json", this::exportTasks),
        new Route("POST", "batch\\.json", this::runBatch),
        new Route("GET", "attachments/([^/]+)", this::getAttachment));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Matcher api = API_PATH.matcher(path);
    if (!api.matches()) {
      throw new RouteErrorException(method, path);
    }
    String deployment = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
    String account = api.group(1);
    // The same answer for an account that does not exist and one these credentials may not see,
    // so that account IDs cannot be probed.
    if (!account.equals(deployment)) {
      throw new AccountNotFoundException(account);
    }
    byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES);
    Reply reply = dispatch(method, account, api.group(2), body);
    HttpResponses.send(exchange, reply.status(), "application/json",
        json.writeValueAsBytes(reply.body()));
  }

  /** Checks HTTP Basic credentials and returns the backend deployment they belong to. */
  private String authenticate(String authorization) {
    if (authorization == null || !authorization.startsWith("Basic ")) {
      throw new AuthenticationFailedException();
    }
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(authorization.substring(6)),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationFailedException(e);
    }
    int colon = pair.indexOf(':');
    String deployment = colon < 0 ? pair : pair.substring(0, colon);
    String expected = passwords.get(deployment);
    // Constant-time comparison, so response times do not leak how much of a password was right.
    if (colon < 0 || expected == null || !MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8),
        pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8))) {
      throw new AuthenticationFailedException();
    }
    return deployment;
  }

  /** Runs the route for a request; a batch calls it again for each of its operations. */
  private Reply dispatch(String method, String account, String resource, byte[] body) {
    for (Route route : routes) {
      Matcher matcher = route.match(method, resource);
      if (matcher != null) {
        return route.action().run(account, matcher, body);
      }
    }
    throw new RouteErrorException(method, "/api/v4/" + account + "/" + resource);
  }

  private Reply listObjects(String account, Matcher path, byte[] body) {
    String prefix = account + "/" + path.group(1) + "/";
    List<JsonNode> found = new ArrayList<>();
    objects.forEach((key, object) -> {
      if (key.startsWith(prefix)) {
        found.add(object);
      }
    });
    return new Reply(200, Map.of("objects", found));
  }

  private Reply getObject(String account, Matcher path, byte[] body) {
    String type = path.group(1);
    String id = path.group(2);
    JsonNode object = objects.get(account + "/" + type + "/" + id);
    if (object == null) {
      throw new ObjectNotFoundException(type, id);
    }
    return new Reply(200, object);
  }

  private Reply createTask(String account, Matcher path, byte[] body) {
    String status = readObject(body).path("status").asText("");
    if (!TASK_STATUSES.contains(status)) {
      throw new InvalidValueException(status, "status");
    }
    String id = UUID.randomUUID().toString();
    ObjectNode task = json.createObjectNode().put("id", id).put("status", status);
    objects.put(account + "/task/" + id, task);
    return new Reply(201, task);
  }

  private Reply exportTasks(String account, Matcher path, byte[] body) {
    // An export reads every task of the account, so each account may start one a minute.
    if (!exports.tryAcquire(account)) {
      throw new TooManyRequestsException();
    }
    return new Reply(202, Map.of("status", "queued"));
  }

  private Reply runBatch(String account, Matcher path, byte[] body) {
    JsonNode batch = readObject(body);
    boolean stopOnError = batch.path("stop_on_error").asBoolean(false);
    JsonNode operations = batch.path("operations");
    List<Object> results = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      JsonNode operation = operations.get(i);
      try {
        results.add(dispatch(operation.path("method").asText(), account,
            operation.path("path").asText(),
            operation.path("body").toString().getBytes(StandardCharsets.UTF_8)).body());
      } catch (JourneyException e) {
        if (stopOnError && i + 1 < operations.size()) {
          // Nothing after a failure is applied. This demo answers the whole batch with the
          // abort; the failure that caused it stays on the server as the cause.
          throw new BatchAbortedException(e);
        }
        results.add(e);
      }
    }
    return new Reply(200, Map.of("results", results));
  }

  private Reply getAttachment(String account, Matcher path, byte[] body) {
    // The demo runs without attachment storage: reading one fails as a storage outage would,
    // which is what a 500 is for.
    throw new UncheckedIOException(new ConnectException("attachment storage refused the connection"));
  }

  /** Parses a JSON object body; a body that is not one is the client's mistake. */
  private JsonNode readObject(byte[] body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException e) {
      // The parser's message names line, column and our classes; the client gets a short phrase.
      throw new InvalidApiRequestException("unexpected token", e);
    }
    if (node == null || !node.isObject()) {
      throw new InvalidApiRequestException("expected a JSON object");
    }
    return node;
  }

  /** What a handler does for a request: returns its reply or throws a catalog exception. */
  @FunctionalInterface
  private interface Action {
    Reply run(String account, Matcher path, byte[] body);
  }

  /** A method and a path pattern, relative to the account, and the action that serves them. */
  private record Route(String method, Pattern path, Action action) {

    Route(String method, String path, Action action) {
      this(method, Pattern.compile(path), action);
    }

    /** The match of {@code resource} if this route serves it, otherwise null. */
    Matcher match(String requestMethod, String resource) {
      Matcher matcher = path.matcher(resource);
      return method.equals(requestMethod) && matcher.matches() ? matcher : null;
    }
  }

  /** A successful answer: its status, and a body for Jackson to write. */
  private record Reply(int status, Object body) {
  }
}
