package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.errata.sample.ObjectNotFoundException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.reactive.ReactiveTestApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The WebFlux clients ({@link ErrataExchangeFilter} on a {@code WebClient}, and an
 * {@code @HttpExchange} interface built on one) against the reactive Boot application on Netty,
 * over loopback HTTP: the same checks as {@link ClientsTest}, and the filter on a chain that stays
 * reactive to the end.
 */
@SpringBootTest(classes = ReactiveTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = ReactiveTestApplication.REACTIVE)
class WebFluxClientsTest extends ClientsTest {

  @Override
  Stream<String> clients() {
    return Stream.of("WebClient", "@HttpExchange on WebClient");
  }

  @Test
  void aReactiveChainGetsTheTypedErrorAsItsSignalAndAPlainWebClientIsUntouched() {
    WebClient errata = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
        .filter(new ErrataExchangeFilter(Catalogs.JOURNEY.decoder())).build();

    Mono<String> call = errata.get().uri("/mono/journey/OBJECT_NOT_FOUND").retrieve().bodyToMono(String.class)
        .onErrorResume(ObjectNotFoundException.class, e -> Mono.just("recovered " + e.objectType() + " " + e.id()));

    assertThat(call.block()).isEqualTo("recovered task c3d59ff0-ba4a-11e3-a567-001e6733fe3d");
    assertThat(catchThrowable(() -> WebClient.create("http://127.0.0.1:" + port).get()
        .uri("/mono/journey/OBJECT_NOT_FOUND").retrieve().bodyToMono(String.class).block()))
        .isInstanceOf(WebClientResponseException.NotFound.class);
  }
}
