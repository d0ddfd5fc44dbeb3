package io.github.errata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the exception for a received body whose type the catalog does not know, or that could
 * not be read: it keeps the status, what was readable, and why the rest was not.
 */
final class UnknownExceptionWriter {

  private UnknownExceptionWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    GeneratedNames names = model.names();
    ClassName self = names.unknownException();
    CodeBlock capture = switch (model.unknownStackTrace()) {
      case ALWAYS -> CodeBlock.of("true");
      case NEVER -> CodeBlock.of("false");
      case BY_STATUS -> CodeBlock.of("status >= 500");
    };
    TypeSpec type = GeneratedCode.mark(TypeSpec.classBuilder(self), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(names.exception())
        .addJavadoc("A received error that is not one of {@code $L}'s: a body of an unknown type, "
            + "or one that could not be read (not JSON, an HTML page from a proxy, cut short).\n\n"
            + "<p>It keeps the HTTP status, whatever members were readable, and for a body that "
            + "could not be read, why and a short escaped excerpt of it.\n", model.catalogName())
        .addField(GeneratedCode.serialVersionUid())
        .addField(String.class, "reason", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "excerpt", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the exception for a received body the catalog cannot read as one of "
                + "its errors.\n\n"
                + "@param status the HTTP status received\n"
                + "@param body what was readable of the body\n"
                + "@param reason why the body could not be read, or null where it was\n"
                + "@param excerpt a short escaped excerpt of an unreadable body, or null\n")
            .addParameter(int.class, "status")
            .addParameter(names.body(), "body")
            .addParameter(String.class, "reason")
            .addParameter(String.class, "excerpt")
            .addStatement("super(status, body.type(), body.title(), body.detail(), body.see(), "
                + "body.extensions(), $L)", capture)
            .addStatement("this.reason = reason")
            .addStatement("this.excerpt = excerpt")
            .build())
        .addMethod(MethodSpec.methodBuilder("reason")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("Why the body could not be read, or null where it was read and only its "
                + "type is unknown.\n")
            .addStatement("return reason")
            .build())
        .addMethod(MethodSpec.methodBuilder("excerpt")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The start of an unreadable body, with control and non-ASCII characters "
                + "escaped so it is safe to log; null where the body was read.\n")
            .addStatement("return excerpt")
            .build())
        .addMethod(MethodSpec.methodBuilder("arguments")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ExceptionWriter.STRING_OBJECT_MAP)
            .addJavadoc("None: the catalog does not know this error, so nothing is matched back.\n")
            .addStatement("return $T.of()", Map.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("isRetryable")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addJavadoc("The catalog cannot say, so the status does: true for 429, 502, 503 and "
                + "504, which proxies and gateways send for passing trouble.\n")
            .addStatement("int status = status()")
            .addStatement("return status == 429 || status == 502 || status == 503 || status == 504")
            .build())
        .addMethod(MethodSpec.methodBuilder("getMessage")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc("The detail received, or where there was none, a summary of what was: "
                + "status, type, reason and excerpt.\n")
            .beginControlFlow("if (detail() != null)")
            .addStatement("return detail()")
            .endControlFlow()
            .addStatement("return \"HTTP \" + status() + (type() == null ? \"\" : \", type \" + type())"
                + " + (reason == null ? \"\" : \", \" + reason)"
                + " + (excerpt == null ? \"\" : \": \" + excerpt)")
            .build())
        .build();
    return GeneratedCode.file(model, type);
  }
}
