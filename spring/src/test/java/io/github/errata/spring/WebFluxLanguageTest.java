package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.reactive.ReactiveTestApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Spring WebFlux answers a translated catalog's error in the request's language over real HTTP,
 * from an annotated controller (the controller advice) and from a functional endpoint (the
 * {@code WebExceptionHandler}): the best match of {@code Accept-Language} among the sample
 * catalog's English and German, {@code Content-Language}, and {@code Vary: Accept-Language} added
 * to the names Spring's own CORS filter put in {@code Vary} before the handler ran.
 */
@SpringBootTest(classes = {ReactiveTestApplication.class, WebFluxLanguageTest.Cors.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = ReactiveTestApplication.REACTIVE)
class WebFluxLanguageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ORIGIN = "https://app.example";

  /** Spring's CORS filter for every path, which writes its {@code Vary} names on every response. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Cors {
    @Bean
    CorsWebFilter corsWebFilter() {
      CorsConfiguration config = new CorsConfiguration();
      config.addAllowedOrigin(ORIGIN);
      UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
      source.registerCorsConfiguration("/**", config);
      return new CorsWebFilter(source);
    }
  }

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0} with Accept-Language: {1}")
  @CsvSource(delimiter = '|', value = {
      "/errors | de-CH, de;q=0.9, en;q=0.5 | de",
      "/fn/errors | de-CH, de;q=0.9, en;q=0.5 | de",
      "/errors | fr, de;q=0.3, en;q=0.2 | de",
      "/errors | en-GB, de;q=0.9 | en",
      "/fn/errors | it | en",
      "/errors | '' | en",
      "/fn/errors | '' | en"})
  void theBodyIsInTheBestLanguageAndDecodesToTheSameError(String route, String acceptLanguage,
      String language) throws Exception {
    ApiErrorException thrown = Catalogs.JOURNEY.make("OBJECT_NOT_FOUND");
    HttpResponse<byte[]> response = get(route + "/journey/OBJECT_NOT_FOUND", acceptLanguage);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(thrown.toJsonBytes(Locale.forLanguageTag(language)));
    assertThat(response.headers().firstValue("Content-Language")).hasValue(language);
    assertThat(varyNames(response)).contains("Accept-Language", "Origin");
    JourneyException decoded = JourneyErrorDecoder.decode(404, response.body());
    assertThat(decoded).isExactlyInstanceOf(thrown.getClass());
    assertThat(decoded.arguments()).isEqualTo(thrown.arguments());
    assertThat(decoded.title()).isEqualTo(thrown.title(Locale.forLanguageTag(language)));
  }

  @Test
  void theGermanBodyIsTheGermanTranslation() throws Exception {
    ApiErrorException thrown = Catalogs.JOURNEY.make("OBJECT_NOT_FOUND");
    HttpResponse<byte[]> response =
        get("/errors/journey/OBJECT_NOT_FOUND", "de-CH, de;q=0.9, en;q=0.5");
    // Not the English bytes under a German label: the two languages' bodies differ.
    assertThat(thrown.toJsonBytes(Locale.GERMAN)).isNotEqualTo(thrown.toJsonBytes());
    assertThat(response.body()).isEqualTo(thrown.toJsonBytes(Locale.GERMAN));
  }

  @Test
  void aCatalogInOneLanguageLeavesVaryAsCorsWroteIt() throws Exception {
    String type = Catalogs.BILLING.types().get(0);
    ApiErrorException thrown = Catalogs.BILLING.make(type);
    HttpResponse<byte[]> response = get("/fn/errors/billing/" + type, "de");

    assertThat(response.body()).isEqualTo(thrown.toJsonBytes());
    assertThat(response.headers().firstValue("Content-Language")).isEmpty();
    assertThat(varyNames(response)).contains("Origin").doesNotContain("Accept-Language");
  }

  /** The names in every {@code Vary} line, however the server split them over lines. */
  private static List<String> varyNames(HttpResponse<?> response) {
    return response.headers().allValues("Vary").stream()
        .flatMap(line -> List.of(line.split(",")).stream())
        .map(String::trim)
        .toList();
  }

  private HttpResponse<byte[]> get(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Origin", ORIGIN);
    if (!acceptLanguage.isEmpty()) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
