package io.github.errata.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Quarkus REST client, built from {@link ParcelClient} whose one line is
 * {@code @RegisterProvider(ParcelResponseExceptionMapper.class)}, against the application's real
 * server: every 4xx and 5xx throws the decoded, typed exception with its arguments and
 * {@code Retry-After}; a proxy's page throws the unknown exception; a 2xx is untouched.
 */
@QuarkusTest
class ParcelClientTest {
  private static final UUID MISSING = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

  @TestHTTPResource("/")
  URI root;

  private ParcelClient client;

  @BeforeEach
  void build() {
    client = RestClientBuilder.newBuilder().baseUri(root).build(ParcelClient.class);
  }

  @Test
  void aCallThatWorksReturnsItsEntity() {
    assertEquals(new Parcel(ParcelResource.KNOWN, 1_200), client.parcel(ParcelResource.KNOWN));
    assertEquals("accepted", client.send(500));
  }

  @Test
  void aNotFoundThrowsTheTypedExceptionWithItsArgument() {
    ParcelNotFoundException thrown =
        assertThrows(ParcelNotFoundException.class, () -> client.parcel(MISSING));

    assertEquals(MISSING, thrown.parcelId());
    assertEquals(404, thrown.status());
    assertEquals(Optional.of(ParcelError.PARCEL_NOT_FOUND), thrown.error());
    assertEquals(new ParcelNotFoundException(MISSING).toBody(), thrown.toBody());
  }

  @Test
  void everyErrorOfTheCatalogComesBackTyped() {
    ParcelTooHeavyException heavy =
        assertThrows(ParcelTooHeavyException.class, () -> client.send(40_000));
    assertEquals(40_000, heavy.grams());
    assertEquals(ParcelResource.MAX_GRAMS, heavy.maxGrams());

    CarrierUnavailableException down =
        assertThrows(CarrierUnavailableException.class, () -> client.track(Carrier.POST));
    assertEquals(Carrier.POST, down.carrier());
    assertEquals(503, down.status());

    TooManyRequestsException limited =
        assertThrows(TooManyRequestsException.class, () -> client.quota(null));
    assertEquals(Optional.empty(), limited.retryAfter());
  }

  @Test
  void retryAfterIsReadBack() {
    TooManyRequestsException limited =
        assertThrows(TooManyRequestsException.class, () -> client.quota(1_500L));

    assertEquals(Optional.of(Duration.ofSeconds(2)), limited.retryAfter());
    assertTrue(limited.isRetryable());
  }

  @Test
  void aProxysHtmlPageThrowsTheUnknownExceptionWithItsStatus() {
    UnknownParcelException thrown =
        assertThrows(UnknownParcelException.class, () -> client.behindProxy());

    assertEquals(502, thrown.status());
    assertFalse(thrown.error().isPresent());
  }
}
