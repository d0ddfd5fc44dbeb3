package io.github.errata.spring.app;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * An application's {@code ResponseBodyAdvice}, as apps use to wrap or sign their bodies: it marks
 * each body it sees, so the tests can tell that a catalog's error body never passes through it.
 */
@RestControllerAdvice
public class BodyAdvice implements ResponseBodyAdvice<Object> {
  /** The header it adds to every body it sees. */
  public static final String SEEN = "X-Body-Advice";

  /** Every body. */
  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  /** Marks the response, and leaves the body as it is. */
  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
      ServerHttpResponse response) {
    response.getHeaders().add(SEEN, "seen");
    return body;
  }
}
