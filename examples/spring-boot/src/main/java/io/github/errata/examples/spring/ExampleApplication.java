package io.github.errata.examples.spring;

import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;
import io.github.errata.spring.ErrataErrorHandler;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.client.RestClient;

/**
 * A Spring Boot application that serves the sample's catalog: its controller throws the
 * generated exceptions and declares nothing else; {@code errata-spring} on the classpath answers
 * each with its status and body. Once started it prints where it listens and a {@code curl} line
 * to try, and calls itself once through a {@code RestClient} that turns the error back into the
 * typed exception. With springdoc's UI on the classpath, Swagger UI shows each operation's errors,
 * as its handler method declares them in its {@code throws} clause.
 */
@SpringBootApplication
public class ExampleApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }

  /**
   * Prints the port, a request to try, and what the client makes of that request.
   *
   * @param event the server's start, with its port
   */
  @EventListener
  public void started(WebServerInitializedEvent event) {
    String base = "http://127.0.0.1:" + event.getWebServer().getPort();
    String path = "/api/v4/" + TaskController.ACCOUNT + "/objects/task/c3d5.json";
    System.out.println();
    System.out.println("Errata's Spring Boot example is listening on " + base);
    System.out.println("Try:  curl -i " + base + path);
    System.out.println("      curl -i " + base + "/api/v5/typo");
    System.out.println("      for i in 1 2 3 4 5 6; do curl -si " + base + "/api/v4/" + TaskController.ACCOUNT
        + "/objects/task.json | head -1; done");
    System.out.println("Each operation's errors, in the application's own OpenAPI: " + base
        + "/swagger-ui/index.html (the document: " + base + "/v3/api-docs)");

    // The client side is one line: the catalog's decoder as the client's status handler.
    RestClient client = RestClient.builder().baseUrl(base)
        .defaultStatusHandler(new ErrataErrorHandler(JourneyErrorDecoder::decode))
        .build();
    try {
      client.get().uri(path).retrieve().body(String.class);
    } catch (JourneyException error) {
      System.out.println("A RestClient with ErrataErrorHandler got " + error.getClass().getSimpleName()
          + " " + error.arguments() + ": " + error.getMessage());
    }
    System.out.println("Ctrl-C stops it.");
  }
}
