package io.github.errata.micronaut.app;

import io.github.errata.micronaut.ErrataClient;
import io.github.errata.micronaut.ferry.FerryErrorDecoder;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import java.util.concurrent.CompletableFuture;

/** A declarative client of the test application, with the one annotation that types its errors. */
@Client("/")
@ErrataClient(FerryErrorDecoder.class)
public interface FerryClient {

  /**
   * Asks for the ferry catalog's error of that type.
   *
   * @param type the error's type
   * @return never: every such call fails
   */
  @Get("/errors/ferry/{type}")
  String error(String type);

  /**
   * The same, answered later.
   *
   * @param type the error's type
   * @return a future that fails
   */
  @Get("/errors/ferry/{type}")
  CompletableFuture<String> errorLater(String type);

  /**
   * The same, as a whole response.
   *
   * @param type the error's type
   * @return never: every such call fails
   */
  @Get("/errors/ferry/{type}")
  HttpResponse<String> errorExchange(String type);

  /**
   * A sailing.
   *
   * @param sailing its number
   * @return its JSON
   */
  @Get("/sailings/{sailing}")
  String sailing(int sailing);

  /**
   * A path the application does not have: Micronaut's own 404.
   *
   * @return never
   */
  @Get("/no/such/path")
  String missing();

  /**
   * The proxy's HTML page.
   *
   * @return never
   */
  @Get("/proxy")
  String proxy();
}
