package io.github.errata.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.micronaut.app.Catalogs;
import io.github.errata.micronaut.app.DockClient;
import io.github.errata.micronaut.app.FerryClient;
import io.github.errata.micronaut.app.InheritingClient;
import io.github.errata.micronaut.app.MisnamedClient;
import io.github.errata.micronaut.app.PlainClient;
import io.github.errata.micronaut.ferry.UnknownFerryException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Micronaut's declarative client against the real server: an interface annotated with
 * {@link ErrataClient} throws the catalog's typed exception for every 4xx and 5xx, whatever the
 * method returns; an interface without it behaves as Micronaut's clients do.
 */
@ExtendWith(SharedServer.class)
class ErrataClientTest {
  private static FerryClient ferry;
  private static DockClient dock;
  private static PlainClient plain;
  private static MisnamedClient misnamed;
  private static InheritingClient inheriting;

  @BeforeAll
  static void clients(EmbeddedServer server) {
    ferry = server.getApplicationContext().getBean(FerryClient.class);
    dock = server.getApplicationContext().getBean(DockClient.class);
    plain = server.getApplicationContext().getBean(PlainClient.class);
    misnamed = server.getApplicationContext().getBean(MisnamedClient.class);
    inheriting = server.getApplicationContext().getBean(InheritingClient.class);
  }

  static Iterable<String> ferryTypes() {
    return Catalogs.FERRY.types();
  }

  static Iterable<String> dockTypes() {
    return Catalogs.DOCK.types();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ferryTypes")
  void throwsTheTypedExceptionForEveryError(String type) {
    RuntimeException decoded = assertThrows(RuntimeException.class, () -> ferry.error(type));

    Expect.sameError(Catalogs.FERRY.make(type), decoded);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ferryTypes")
  void failsTheFutureWithTheTypedException(String type) {
    ExecutionException failed = assertThrows(ExecutionException.class, () -> ferry.errorLater(type).get());

    Expect.sameError(Catalogs.FERRY.make(type), failed.getCause());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ferryTypes")
  void throwsTheTypedExceptionForAWholeResponseToo(String type) {
    RuntimeException decoded = assertThrows(RuntimeException.class, () -> ferry.errorExchange(type));

    Expect.sameError(Catalogs.FERRY.make(type), decoded);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dockTypes")
  void eachClientDecodesWithItsOwnCatalog(String type) {
    RuntimeException decoded = assertThrows(RuntimeException.class, () -> dock.error(type));

    Expect.sameError(Catalogs.DOCK.make(type), decoded);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ferryTypes")
  void aClientThatInheritsItsMethodsIsTypedByItsOwnAnnotation(String type) {
    RuntimeException decoded = assertThrows(RuntimeException.class, () -> inheriting.error(type));

    Expect.sameError(Catalogs.FERRY.make(type), decoded);
  }

  @Test
  void leavesASuccessAlone() {
    assertEquals("{\"sailing\":7,\"route\":\"OBAN-CRAIGNURE\"}", ferry.sailing(7));
  }

  @Test
  void aProxysHtmlPageIsTheUnknownException() {
    UnknownFerryException unknown = assertThrows(UnknownFerryException.class, () -> ferry.proxy());

    assertEquals(502, unknown.status());
  }

  @Test
  void micronautsOwn404IsAnErrorToo() {
    // A 404 with Micronaut's body, which is no catalog's: the unknown exception, not null.
    UnknownFerryException unknown = assertThrows(UnknownFerryException.class, () -> ferry.missing());

    assertEquals(404, unknown.status());
  }

  @Test
  void aClientWithoutTheAnnotationIsLeftAsMicronautMadeIt() {
    // Micronaut's declarative clients give null for a 404...
    assertNull(plain.error("SAILING_NOT_FOUND"));
    // ...and their own exception for any other error status.
    HttpClientResponseException failure =
        assertThrows(HttpClientResponseException.class, () -> plain.error("SAILING_FULL"));
    assertEquals(409, failure.getStatus().getCode());
  }

  @Test
  void anAnnotationThatNamesNoDecoderSaysWhatToName() {
    IllegalArgumentException mistake =
        assertThrows(IllegalArgumentException.class, () -> misnamed.error("SAILING_FULL"));

    assertTrue(mistake.getMessage().contains("@ErrataClient(java.lang.String.class) names no catalog decoder"),
        mistake.getMessage());
    assertInstanceOf(NoSuchMethodException.class, mistake.getCause());
  }
}
