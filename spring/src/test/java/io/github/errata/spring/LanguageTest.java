package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.sample.JourneyErrorDecoder;
import io.github.errata.sample.JourneyException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.TestApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spring MVC answers a translated catalog's error in the request's language, over real HTTP: the
 * best match of {@code Accept-Language} among the sample catalog's English and German, with
 * {@code Content-Language} and {@code Vary}; a catalog in one language says nothing of languages.
 */
@SpringBootTest(classes = TestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "Accept-Language: {0}")
  @CsvSource(delimiter = '|', value = {
      "de-CH, en;q=0.5 | de",
      "fr, de;q=0.3, en;q=0.2 | de",
      "en-GB, de;q=0.9 | en",
      "it | en",
      "'' | en"})
  void theBodyIsInTheBestLanguageAndDecodesToTheSameError(String acceptLanguage, String language)
      throws Exception {
    ApiErrorException thrown = Catalogs.JOURNEY.make("OBJECT_NOT_FOUND");
    HttpResponse<byte[]> response = get("/errors/journey/OBJECT_NOT_FOUND", acceptLanguage);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo(thrown.toJsonBytes(Locale.forLanguageTag(language)));
    assertThat(response.headers().firstValue("Content-Language")).hasValue(language);
    assertThat(response.headers().allValues("Vary")).contains("Accept-Language");
    JourneyException decoded = JourneyErrorDecoder.decode(404, response.body());
    assertThat(decoded).isExactlyInstanceOf(thrown.getClass());
    assertThat(decoded.arguments()).isEqualTo(thrown.arguments());
    assertThat(decoded.title()).isEqualTo(thrown.title(Locale.forLanguageTag(language)));
  }

  @Test
  void aCatalogInOneLanguageAnswersWithoutContentLanguageOrVary() throws Exception {
    ApiErrorException thrown = Catalogs.BILLING.make(Catalogs.BILLING.types().get(0));
    HttpResponse<byte[]> response =
        get("/errors/billing/" + Catalogs.BILLING.types().get(0), "de");
    assertThat(response.body()).isEqualTo(thrown.toJsonBytes());
    assertThat(response.headers().firstValue("Content-Language")).isEmpty();
    assertThat(response.headers().allValues("Vary")).doesNotContain("Accept-Language");
  }

  private HttpResponse<byte[]> get(String path, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (!acceptLanguage.isEmpty()) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
