package io.github.errata.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.internal.GeneratedFile;
import io.github.errata.processor.internal.Output;
import io.github.errata.processor.internal.model.CatalogModel;
import io.github.errata.processor.internal.model.GeneratedNames;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a catalog's MicroProfile REST Client {@code ResponseExceptionMapper}, where the client
 * API is on the compile classpath: one line in the client's interface
 * ({@code @RegisterProvider}) makes every 4xx and 5xx response throw the typed exception. It holds
 * only the glue; decoding is the catalog's decoder and {@code Retry-After} the runtime's.
 */
public final class ResponseExceptionMapperWriter implements Output {

  /** The type whose presence on the compile classpath means the client API is there. */
  public static final String MARKER =
      "org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper";

  private static final ClassName MAPPER = ClassName.bestGuess(MARKER);
  private static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");
  private static final ClassName MULTIVALUED_MAP =
      ClassName.get("jakarta.ws.rs.core", "MultivaluedMap");
  private static final ClassName RETRY_AFTER =
      ClassName.get("io.github.errata.runtime.http", "RetryAfter");

  /** Creates the output. */
  public ResponseExceptionMapperWriter() {}

  @Override
  public boolean appliesTo(CatalogModel model) {
    return model.restClient();
  }

  @Override
  public List<ClassName> typeNames(GeneratedNames names) {
    return List.of(names.stemmed("ResponseExceptionMapper"));
  }

  @Override
  public List<GeneratedFile> write(CatalogModel model) {
    GeneratedNames names = model.names();
    ClassName exception = names.exception();
    TypeSpec.Builder type = TypeSpec.classBuilder(names.stemmed("ResponseExceptionMapper"))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(MAPPER, exception))
        .addJavadoc("Makes a MicroProfile REST client of this catalog's API throw its typed "
            + "exceptions: with {@code @RegisterProvider($L.class)} on the client's interface, "
            + "every 4xx and 5xx response throws the decoded {@link $T}, with the response's "
            + "{@code Retry-After} as its {@code retryAfter()}; a body the catalog does not know, "
            + "such as a proxy's HTML page, throws {@link $T}. Other responses are left to the "
            + "client. It is registered per client, never for the whole application, since an "
            + "application also calls APIs that are not its own.\n",
            names.stemmed("ResponseExceptionMapper").simpleName(), exception,
            names.unknownException())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Made by the REST client's runtime, from {@code @RegisterProvider}.\n")
            .build())
        .addMethod(handles())
        .addMethod(toThrowable(names));
    return List.of(new GeneratedFile.JavaType(type));
  }

  private static MethodSpec handles() {
    return MethodSpec.methodBuilder("handles")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(int.class, "status")
        .addParameter(ParameterizedTypeName.get(MULTIVALUED_MAP, ClassName.get(String.class),
            ClassName.get(Object.class)), "headers")
        .addJavadoc("Whether a response is an error of the API's: any 4xx or 5xx.\n\n"
            + "@param status the response's status\n"
            + "@param headers the response's headers\n"
            + "@return true for 400 to 599\n")
        .addStatement("return status >= 400 && status <= 599")
        .build();
  }

  private static MethodSpec toThrowable(GeneratedNames names) {
    ClassName exception = names.exception();
    TypeName decoder = names.decoder();
    return MethodSpec.methodBuilder("toThrowable")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(exception)
        .addParameter(RESPONSE, "response")
        .addJavadoc("Decodes an error response; never fails, whatever its body. The body is read "
            + "up to the decoder's bounds and the response closed; where the body cannot be read at "
            + "all, the exception is decoded from the status alone, with the failure suppressed on "
            + "it.\n\n"
            + "@param response the error response\n"
            + "@return the exception for the client to throw; never null\n")
        .addStatement("$T received = $T.now()", Instant.class, Instant.class)
        .addStatement("$T retryAfter = response.getHeaderString($T.HEADER)", String.class,
            RETRY_AFTER)
        .addStatement("$T error", exception)
        .beginControlFlow("try")
        .addStatement("error = $T.decode(response.getStatus(),\n"
            + "response.hasEntity() ? response.readEntity($T.class) : null)", decoder,
            InputStream.class)
        .nextControlFlow("catch ($T unreadable)", RuntimeException.class)
        .addStatement("error = $T.decode(response.getStatus(), ($T) null)", decoder,
            InputStream.class)
        .addStatement("error.addSuppressed(unreadable)")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("response.close()")
        .nextControlFlow("catch ($T notClosed)", RuntimeException.class)
        .addStatement("error.addSuppressed(notClosed)")
        .endControlFlow()
        .addStatement("return $T.copyOnto(error, retryAfter, received)", RETRY_AFTER)
        .build();
  }
}
