package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.TestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * An application that resolves locales its own way (here from a cookie, as a site with a language
 * switch does): the error's language is the one Spring resolved, not the browser's header.
 */
@SpringBootTest(classes = {TestApplication.class, OwnLocaleResolverTest.CookieLanguage.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnLocaleResolverTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  /** The application's own resolver: the {@code lang} cookie, English without it. */
  @Configuration(proxyBeanMethods = false)
  static class CookieLanguage {
    @Bean
    LocaleResolver localeResolver() {
      CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
      resolver.setDefaultLocale(Locale.ENGLISH);
      return resolver;
    }
  }

  @Test
  void theApplicationsResolvedLocaleWinsOverTheHeader() throws Exception {
    ApiErrorException thrown = Catalogs.JOURNEY.make("OBJECT_NOT_FOUND");
    HttpResponse<byte[]> german = send("lang=de", "en");
    assertThat(german.body()).isEqualTo(thrown.toJsonBytes(Locale.GERMAN));
    assertThat(german.headers().firstValue("Content-Language")).hasValue("de");

    HttpResponse<byte[]> english = send(null, "de");
    assertThat(english.body()).isEqualTo(thrown.toJsonBytes());
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
  }

  private HttpResponse<byte[]> send(String cookie, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/errors/journey/OBJECT_NOT_FOUND"))
        .header("Accept-Language", acceptLanguage);
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
