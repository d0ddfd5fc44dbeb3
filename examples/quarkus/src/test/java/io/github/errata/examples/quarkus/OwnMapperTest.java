package io.github.errata.examples.quarkus;

import static io.github.errata.examples.quarkus.Http.contentType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An application with its own {@code ExceptionMapper<ApiErrorException>} ({@link OwnApiErrorMapper},
 * built in only under this test's profile) gets its own answers, not errata-jaxrs's.
 */
@QuarkusTest
@TestProfile(OwnMapperTest.WithOwnMapper.class)
class OwnMapperTest {

  @TestHTTPResource("/")
  URI root;

  @Test
  void theApplicationsOwnMapperForTheCatalogsExceptionsWins() throws Exception {
    HttpResponse<byte[]> response = new Http(root).send("GET", "parcels/quota", "application/json");

    assertEquals(OwnApiErrorMapper.STATUS, response.statusCode());
    assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
    assertEquals("own mapper: TOO_MANY_REQUESTS", new String(response.body(), StandardCharsets.UTF_8));
  }

  /** Turns on the build property under which {@link OwnApiErrorMapper} is built in. */
  public static final class WithOwnMapper implements QuarkusTestProfile {

    /** Made by Quarkus. */
    public WithOwnMapper() {
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(OwnApiErrorMapper.PROPERTY, "true");
    }
  }
}
