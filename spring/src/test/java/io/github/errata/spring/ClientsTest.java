package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.runtime.ErrorDecoder;
import io.github.errata.sample.InternalServerErrorException;
import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.sample.UnknownJourneyException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.FailingController;
import io.github.errata.spring.app.TestApplication;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.client.support.RestTemplateAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * The client half against a real Boot 4 application over loopback HTTP, through each kind of
 * Spring client: every error comes back as the exception the server threw, typed arguments and
 * retry delay recovered; a proxy's page is the unknown exception; a 2xx is untouched; and the
 * handler changes only the client it is installed on. Here against the servlet application
 * (Tomcat); {@link WebFluxClientsTest} runs the same against the reactive one (Netty).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientsTest {

  /** The test application's routes, as each client kind calls them. */
  interface TestApi {
    @GetExchange("/errors/{catalog}/{type}")
    String error(@PathVariable String catalog, @PathVariable String type);

    @GetExchange("/tasks/{id}")
    String task(@PathVariable String id);

    @GetExchange("/proxy/bad-gateway")
    String badGateway();

    @GetExchange("/unavailable-until")
    String unavailableUntil();
  }

  @LocalServerPort
  int port;

  /** Each kind of client, made for a base URL and the decoder of the catalog it calls. */
  static final Map<String, BiFunction<String, ErrorDecoder, TestApi>> CLIENTS = Map.of(
      "RestClient", ClientsTest::restClient,
      "RestTemplate", ClientsTest::restTemplate,
      "@HttpExchange on RestClient", ClientsTest::httpExchange,
      "@HttpExchange on RestTemplate", ClientsTest::httpExchangeOnRestTemplate,
      "WebClient", ClientsTest::webClient,
      "@HttpExchange on WebClient", ClientsTest::httpExchangeOnWebClient);

  Stream<Arguments> clientsAndErrors() {
    return clients().flatMap(client -> Catalogs.all().stream()
        .flatMap(catalog -> catalog.types().stream().map(type -> Arguments.of(client, catalog.name(), type))));
  }

  /**
   * The kinds of client this server is called with.
   *
   * @return their names in {@link #CLIENTS}
   */
  Stream<String> clients() {
    return CLIENTS.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("clientsAndErrors")
  void everyErrorComesBackAsTheExceptionTheServerThrew(String client, String catalog, String type) {
    ApiErrorException thrown = Catalogs.named(catalog).make(type);

    Throwable decoded = catchThrowable(() -> api(client, Catalogs.named(catalog)).error(catalog, type));

    Expect.sameError(thrown, decoded);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aProxysHtmlPageIsTheUnknownExceptionWithReasonAndExcerpt(String client) {
    Throwable decoded = catchThrowable(() -> api(client, Catalogs.JOURNEY).badGateway());

    assertThat(decoded).isExactlyInstanceOf(UnknownJourneyException.class);
    UnknownJourneyException unknown = (UnknownJourneyException) decoded;
    assertThat(unknown.status()).isEqualTo(502);
    assertThat(unknown.type()).isNull();
    assertThat(unknown.reason()).isNotBlank();
    assertThat(unknown.excerpt()).contains("502 Bad Gateway");
    assertThat(unknown.isRetryable()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aRetryAfterDateIsReadOntoTheException(String client) {
    Throwable decoded = catchThrowable(() -> api(client, Catalogs.JOURNEY).unavailableUntil());

    assertThat(decoded).isExactlyInstanceOf(InternalServerErrorException.class);
    ApiErrorException error = (ApiErrorException) decoded;
    assertThat(error.status()).isEqualTo(503);
    // The date has whole seconds and the call takes time: the delay is a little under it.
    assertThat(error.retryAfter()).hasValueSatisfying(delay -> assertThat(delay)
        .isBetween(Duration.ofSeconds(FailingController.UNAVAILABLE_SECONDS - 20),
            Duration.ofSeconds(FailingController.UNAVAILABLE_SECONDS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aSuccessfulResponseIsUntouched(String client) {
    assertThat(api(client, Catalogs.JOURNEY).task("42")).isEqualTo("{\"id\":\"42\",\"state\":\"open\"}");
  }

  @Test
  void theHandlerChangesOnlyTheClientItIsInstalledOn() {
    assertThat(catchThrowable(() -> api("RestClient", Catalogs.JOURNEY).error("journey", "OBJECT_NOT_FOUND")))
        .isInstanceOf(ObjectNotFoundException.class);
    RestClient plain = RestClient.builder().baseUrl(base(port)).build();

    assertThatThrownBy(() -> plain.get().uri("/errors/journey/OBJECT_NOT_FOUND").retrieve().body(String.class))
        .isInstanceOf(HttpClientErrorException.NotFound.class);
    assertThatThrownBy(() -> new RestTemplate().getForObject(base(port) + "/errors/journey/OBJECT_NOT_FOUND", String.class))
        .isInstanceOf(HttpClientErrorException.NotFound.class);
  }

  private TestApi api(String client, Catalogs.Catalog catalog) {
    return CLIENTS.get(client).apply(base(port), catalog.decoder());
  }

  private static String base(int port) {
    return "http://127.0.0.1:" + port;
  }

  private static TestApi restClient(String base, ErrorDecoder decoder) {
    RestClient client = RestClient.builder().baseUrl(base)
        .defaultStatusHandler(new ErrataErrorHandler(decoder))
        .build();
    return new TestApi() {
      @Override
      public String error(String catalog, String type) {
        return get("/errors/{catalog}/{type}", catalog, type);
      }

      @Override
      public String task(String id) {
        return get("/tasks/{id}", id);
      }

      @Override
      public String badGateway() {
        return get("/proxy/bad-gateway");
      }

      @Override
      public String unavailableUntil() {
        return get("/unavailable-until");
      }

      private String get(String path, Object... variables) {
        return client.get().uri(path, variables).retrieve().body(String.class);
      }
    };
  }

  private static TestApi restTemplate(String base, ErrorDecoder decoder) {
    RestTemplate template = new RestTemplate();
    template.setUriTemplateHandler(new DefaultUriBuilderFactory(base));
    template.setErrorHandler(new ErrataErrorHandler(decoder));
    return new TestApi() {
      @Override
      public String error(String catalog, String type) {
        return template.getForObject("/errors/{catalog}/{type}", String.class, catalog, type);
      }

      @Override
      public String task(String id) {
        return template.getForObject("/tasks/{id}", String.class, id);
      }

      @Override
      public String badGateway() {
        return template.getForObject("/proxy/bad-gateway", String.class);
      }

      @Override
      public String unavailableUntil() {
        return template.getForObject("/unavailable-until", String.class);
      }
    };
  }

  private static TestApi httpExchange(String base, ErrorDecoder decoder) {
    RestClient client = RestClient.builder().baseUrl(base)
        .defaultStatusHandler(new ErrataErrorHandler(decoder))
        .build();
    return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build()
        .createClient(TestApi.class);
  }

  private static TestApi httpExchangeOnRestTemplate(String base, ErrorDecoder decoder) {
    RestTemplate template = new RestTemplate();
    template.setUriTemplateHandler(new DefaultUriBuilderFactory(base));
    template.setErrorHandler(new ErrataErrorHandler(decoder));
    return HttpServiceProxyFactory.builderFor(RestTemplateAdapter.create(template)).build()
        .createClient(TestApi.class);
  }

  private static TestApi httpExchangeOnWebClient(String base, ErrorDecoder decoder) {
    WebClient client = WebClient.builder().baseUrl(base)
        .filter(new ErrataExchangeFilter(decoder))
        .build();
    return HttpServiceProxyFactory.builderFor(WebClientAdapter.create(client)).build()
        .createClient(TestApi.class);
  }

  private static TestApi webClient(String base, ErrorDecoder decoder) {
    WebClient client = WebClient.builder().baseUrl(base)
        .filter(new ErrataExchangeFilter(decoder))
        .build();
    return new TestApi() {
      @Override
      public String error(String catalog, String type) {
        return get("/errors/{catalog}/{type}", catalog, type);
      }

      @Override
      public String task(String id) {
        return get("/tasks/{id}", id);
      }

      @Override
      public String badGateway() {
        return get("/proxy/bad-gateway");
      }

      @Override
      public String unavailableUntil() {
        return get("/unavailable-until");
      }

      private String get(String path, Object... variables) {
        return client.get().uri(path, variables).retrieve().bodyToMono(String.class).block();
      }
    };
  }
}
