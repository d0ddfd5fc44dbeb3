package io.github.errata.micronaut.app;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test application's routes: each catalog error thrown as an application throws it, with no
 * code for the error's response; and the paths the adapter must leave alone.
 */
@Controller
public class ErrorController {
  /** How often {@link #jsonOnly} ran. */
  public static final AtomicInteger JSON_ONLY_CALLS = new AtomicInteger();

  /**
   * Throws the catalog's error of that type, from a route that serves JSON and XML.
   *
   * @param catalog the catalog's name
   * @param type the error's type
   * @return never
   */
  @Get("/errors/{catalog}/{type}")
  @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  public String error(String catalog, String type) {
    throw Catalogs.named(catalog).make(type);
  }

  /**
   * Throws the catalog's error of that type, from a route that serves JSON only (Micronaut's
   * default): a request whose {@code Accept} takes no JSON never reaches it.
   *
   * @param catalog the catalog's name
   * @param type the error's type
   * @return never
   */
  @Get("/json-only/{catalog}/{type}")
  public String jsonOnly(String catalog, String type) {
    JSON_ONLY_CALLS.incrementAndGet();
    throw Catalogs.named(catalog).make(type);
  }

  /**
   * A sailing, as JSON: a 2xx that no client adapter may touch.
   *
   * @param sailing its number
   * @return it
   */
  @Get("/sailings/{sailing}")
  public String sailing(int sailing) {
    return "{\"sailing\":" + sailing + ",\"route\":\"OBAN-CRAIGNURE\"}";
  }

  /**
   * Fails as a bug does: an exception that is no catalog's, for Micronaut's own handling.
   *
   * @return never
   */
  @Get("/plain")
  public String plain() {
    throw new IllegalStateException("not a catalog error");
  }

  /**
   * Answers as a proxy in front of the API might: a 502 with an HTML page.
   *
   * @return the page
   */
  @Get("/proxy")
  public HttpResponse<String> proxy() {
    return HttpResponse.<String>status(HttpStatus.BAD_GATEWAY)
        .contentType(MediaType.TEXT_HTML_TYPE)
        .body("<html><body><h1>502 Bad Gateway</h1></body></html>");
  }

  /**
   * The same 404 as SAILING_NOT_FOUND, answered Micronaut's own way: for the side-by-side figures.
   *
   * @param sailing the sailing asked for
   * @return never
   */
  @Get("/micronaut/sailings/{sailing}")
  public String micronautNotFound(int sailing) {
    throw new HttpStatusException(HttpStatus.NOT_FOUND,
        "No sailing " + sailing + " on route OBAN-CRAIGNURE.");
  }
}
