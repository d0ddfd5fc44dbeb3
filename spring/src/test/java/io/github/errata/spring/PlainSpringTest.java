package io.github.errata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.errata.runtime.ApiErrorException;
import io.github.errata.spring.app.Catalogs;
import io.github.errata.spring.app.FailingController;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * Plain Spring MVC, no Boot application: a {@code DispatcherServlet} on an embedded Tomcat on a
 * random loopback port, whose configuration adds one {@code @Import}.
 */
class PlainSpringTest {

  /** The whole of the application's Errata setup: the import. */
  @Configuration(proxyBeanMethods = false)
  @EnableWebMvc
  @Import({ErrataAutoConfiguration.class, FailingController.class})
  static class WebConfig {}

  @Test
  void oneImportMakesEveryErrorAnswerAsTheCatalogSays(@TempDir Path baseDir) throws Exception {
    AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
    spring.register(WebConfig.class);
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    Tomcat.addServlet(context, "dispatcher", new DispatcherServlet(spring)).setLoadOnStartup(1);
    context.addServletMappingDecoded("/", "dispatcher");
    tomcat.start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      assertThat(spring.getBeansOfType(ErrataExceptionHandler.class)).hasSize(1);
      for (String type : Catalogs.JOURNEY.types()) {
        ApiErrorException thrown = Catalogs.JOURNEY.make(type);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/errors/journey/" + type))
            .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(thrown.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValue(thrown.mediaType());
        assertThat(response.body()).isEqualTo(thrown.toJsonBytes());
        assertThat(response.headers().firstValue("Retry-After"))
            .isEqualTo(thrown.retryAfter().map(Expect::retryAfterHeader));
      }
    } finally {
      tomcat.stop();
      tomcat.destroy();
      spring.close();
    }
  }
}
