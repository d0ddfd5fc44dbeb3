package io.github.errata.processor;

import static io.github.errata.processor.JacksonTypes.JSON_FACTORY;
import static io.github.errata.processor.JacksonTypes.JSON_PARSER;
import static io.github.errata.processor.JacksonTypes.JSON_PROCESSING_EXCEPTION;
import static io.github.errata.processor.JacksonTypes.STREAM_READ_CONSTRAINTS;
import static io.github.errata.processor.JacksonTypes.STREAM_READ_FEATURE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the client's decoder: any status and body in, the right exception out, never a throw.
 * Reading is bounded in bytes, nesting and string length, so a hostile body costs little.
 */
final class ErrorDecoderWriter {

  /** Bodies are read up to this many bytes; the rest is never read. */
  static final int MAX_BODY_BYTES = 1 << 20;
  /** Extension values nest at most this deep. */
  static final int MAX_NESTING_DEPTH = 64;
  /** How much of an unreadable body an unknown exception keeps. */
  static final int EXCERPT_CHARS = 200;

  private ErrorDecoderWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    GeneratedNames names = model.names();
    ClassName reader = names.jsonCodec().nestedClass("BodyReader");
    TypeSpec type = GeneratedCode.mark(TypeSpec.classBuilder(names.decoder()), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Turns any error response into the right {@link $T}: the typed subclass where "
                + "the body's type is in the catalog, {@link $T} otherwise. It never throws, "
                + "whatever the body: empty, HTML from a proxy, cut short, or hostile.\n\n"
                + "<p>It reads at most {@link #MAX_BODY_BYTES} bytes, nesting at most "
                + "{@link #MAX_NESTING_DEPTH} deep.\n",
            names.exception(), names.unknownException())
        .addField(constant("MAX_BODY_BYTES", MAX_BODY_BYTES,
            "The most bytes of a body that are read; a longer body is treated as cut off there.\n"))
        .addField(constant("MAX_NESTING_DEPTH", MAX_NESTING_DEPTH,
            "The deepest nesting of arrays and objects that is read.\n"))
        .addField(constant("EXCERPT_CHARS", EXCERPT_CHARS,
            "How many characters of an unreadable body are kept as its excerpt.\n"))
        .addField(FieldSpec.builder(String.class, "EMPTY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", "the body is empty")
            .build())
        .addField(FieldSpec.builder(String.class, "TOO_LONG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S + MAX_BODY_BYTES + $S", "the body is longer than ", " bytes")
            .build())
        .addField(FieldSpec.builder(JSON_FACTORY, "JSON", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.builder()\n$>.streamReadConstraints($T.builder()\n$>"
                    + ".maxNestingDepth(MAX_NESTING_DEPTH)\n.maxStringLength(MAX_BODY_BYTES)\n"
                    + ".maxNumberLength(1000)\n.build())$<\n"
                    + "// The caller owns the stream it passes in, and closes it.\n"
                    + ".disable($T.AUTO_CLOSE_SOURCE)\n.build()$<",
                JSON_FACTORY, STREAM_READ_CONSTRAINTS, STREAM_READ_FEATURE)
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("decode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.exception())
            .addJavadoc("Decodes an error response.\n\n@param httpStatus the response's status\n"
                + "@param body the response body, or null\n@return the exception; never null\n")
            .addParameter(int.class, "httpStatus")
            .addParameter(byte[].class, "body")
            .addStatement("return decode(httpStatus, body == null ? null : new $T(body))",
                ByteArrayInputStream.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("decode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.exception())
            .addJavadoc("Decodes an error response.\n\n@param httpStatus the response's status\n"
                + "@param body the response body, or null\n@return the exception; never null\n")
            .addParameter(int.class, "httpStatus")
            .addParameter(String.class, "body")
            .addComment("Only what can be read is encoded: one char more than the limit is already too long.")
            .addStatement("return decode(httpStatus, body == null ? null "
                + ": body.substring(0, Math.min(body.length(), MAX_BODY_BYTES + 1)).getBytes($T.UTF_8))",
                StandardCharsets.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("decode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(names.exception())
            .addJavadoc("Decodes an error response from a stream, reading at most "
                + "{@link #MAX_BODY_BYTES} bytes of it. The stream is left open.\n\n"
                + "@param httpStatus the response's status\n"
                + "@param body the response body, or null\n@return the exception; never null\n")
            .addParameter(int.class, "httpStatus")
            .addParameter(InputStream.class, "body")
            .addStatement("$T reader = new $T()", reader, reader)
            .beginControlFlow("if (body == null)")
            .addStatement("return unreadable(httpStatus, reader, EMPTY, null)")
            .endControlFlow()
            .addStatement("BoundedInput input = new BoundedInput(body)")
            .beginControlFlow("try ($T parser = JSON.createParser(input))", JSON_PARSER)
            .addStatement("return read(httpStatus, reader, parser)")
            .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
            .beginControlFlow("if (input.count == 0 && input.ended)")
            .addStatement("return unreadable(httpStatus, reader, EMPTY, null)")
            .endControlFlow()
            .addStatement("return unreadable(httpStatus, reader, input.exceeded ? TOO_LONG : reason(e), "
                + "excerpt(input.start()))")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(names.exception())
            .addParameter(int.class, "httpStatus")
            .addParameter(reader, "reader")
            .addParameter(JSON_PARSER, "parser")
            .addException(IOException.class)
            .addStatement("reader.read(parser)")
            .beginControlFlow("if (parser.nextToken() != null)")
            .addStatement("throw new $T(parser, $S)", JacksonTypes.JSON_PARSE_EXCEPTION,
                "more content after the JSON object")
            .endControlFlow()
            .addStatement("return $T.fromBody(httpStatus, reader.toBody())", names.exception())
            .build())
        .addMethod(MethodSpec.methodBuilder("unreadable")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(names.exception())
            .addJavadoc("A body that could not be read whole: typed where its type was read and is "
                + "known, unknown otherwise.\n")
            .addParameter(int.class, "httpStatus")
            .addParameter(reader, "reader")
            .addParameter(String.class, "reason")
            .addParameter(String.class, "excerpt")
            .addStatement("$T body = reader.toBody()", names.body())
            .beginControlFlow("if ($T.fromType(body.type()).isPresent())", names.errorEnum())
            .addStatement("return $T.fromBody(httpStatus, body)", names.exception())
            .endControlFlow()
            .addStatement("return new $T(httpStatus, body, reason, excerpt)", names.unknownException())
            .build())
        .addMethod(MethodSpec.methodBuilder("reason")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(Exception.class, "e")
            .addStatement("String message = e instanceof $T json ? json.getOriginalMessage() : e.toString()",
                JSON_PROCESSING_EXCEPTION)
            .addStatement("return \"the body is not a readable JSON object: \" "
                + "+ excerpt(message != null ? message : e.getClass().getName())")
            .build())
        .addMethod(MethodSpec.methodBuilder("excerpt")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc("The start of a text, with every character outside printable ASCII escaped, "
                + "so it is safe to log.\n")
            .addParameter(String.class, "text")
            .addStatement("int end = Math.min(text.length(), EXCERPT_CHARS)")
            .addStatement("StringBuilder out = new StringBuilder(end + 16)")
            .beginControlFlow("for (int i = 0; i < end; i++)")
            .addStatement("char c = text.charAt(i)")
            .beginControlFlow("if (c == '\\\\')")
            .addStatement("out.append(\"\\\\\\\\\")")
            .nextControlFlow("else if (c >= 0x20 && c < 0x7f)")
            .addStatement("out.append(c)")
            .nextControlFlow("else")
            .addStatement("out.append(String.format(\"\\\\u%04x\", (int) c))")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return end < text.length() ? out.append(\"...\").toString() : out.toString()")
            .build())
        .addType(boundedInput())
        .build();
    return GeneratedCode.file(model, type);
  }

  private static FieldSpec constant(String name, int value, String doc) {
    return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", value)
        .addJavadoc(doc)
        .build();
  }

  /** A stream that stops at the byte limit and keeps the first bytes for an excerpt. */
  private static TypeSpec boundedInput() {
    return TypeSpec.classBuilder("BoundedInput")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(FilterInputStream.class)
        .addField(byte[].class, "start", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "kept", Modifier.PRIVATE)
        .addField(long.class, "count", Modifier.PRIVATE)
        .addField(boolean.class, "exceeded", Modifier.PRIVATE)
        .addField(boolean.class, "ended", Modifier.PRIVATE)
        .addField(FieldSpec.builder(byte[].class, "one", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new byte[1]")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(InputStream.class, "in")
            .addStatement("super(in)")
            .addStatement("this.start = new byte[EXCERPT_CHARS]")
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addException(IOException.class)
            .addStatement("return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff")
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addParameter(byte[].class, "buffer")
            .addParameter(int.class, "offset")
            .addParameter(int.class, "length")
            .addException(IOException.class)
            .beginControlFlow("if (count >= MAX_BODY_BYTES)")
            .addComment("At the limit: one more byte says whether the body goes on past it.")
            .addStatement("exceeded = in.read() >= 0")
            .beginControlFlow("if (exceeded)")
            .addStatement("throw new IOException(TOO_LONG)")
            .endControlFlow()
            .addStatement("return -1")
            .endControlFlow()
            .addStatement("int n = in.read(buffer, offset, (int) Math.min(length, MAX_BODY_BYTES - count))")
            .addStatement("ended |= n < 0")
            .beginControlFlow("if (n > 0)")
            .addStatement("int keep = Math.min(n, start.length - kept)")
            .addStatement("System.arraycopy(buffer, offset, start, kept, keep)")
            .addStatement("kept += keep")
            .addStatement("count += n")
            .endControlFlow()
            .addStatement("return n")
            .build())
        .addMethod(MethodSpec.methodBuilder("start")
            .returns(String.class)
            .addStatement("return new String($T.copyOf(start, kept), $T.UTF_8)", Arrays.class,
                StandardCharsets.class)
            .build())
        .build();
  }
}
