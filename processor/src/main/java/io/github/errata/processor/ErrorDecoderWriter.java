package io.github.errata.processor;

import static io.github.errata.processor.JacksonTypes.JSON_FACTORY;
import static io.github.errata.processor.JacksonTypes.JSON_PARSER;
import static io.github.errata.processor.JacksonTypes.JSON_PROCESSING_EXCEPTION;
import static io.github.errata.processor.JacksonTypes.STREAM_CONSTRAINTS_EXCEPTION;
import static io.github.errata.processor.JacksonTypes.STREAM_READ_CONSTRAINTS;
import static io.github.errata.processor.JacksonTypes.STREAM_READ_FEATURE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
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
 * Reading is bounded in bytes, nesting and string length ({@code Limits}), so a hostile body
 * costs little.
 */
final class ErrorDecoderWriter {

  /** The default cap on the bytes of a body that are read: 1 MiB. */
  static final int MAX_BODY_BYTES = 1 << 20;
  /** The default cap on nesting: the body object is level 1. */
  static final int MAX_DEPTH = 64;
  /** The default cap on the chars of one string: far more than any title or detail needs. */
  static final int MAX_STRING_LENGTH = 1 << 16;
  /** The deepest nesting a {@code Limits} may allow: extension values are read by recursion. */
  static final int DEEPEST = 1000;
  /** Digits a number may have, as in Jackson's default: parsing a longer one costs too much. */
  static final int MAX_NUMBER_LENGTH = 1000;
  /** How much of an unreadable body an unknown exception keeps. */
  static final int EXCERPT_CHARS = 200;

  private ErrorDecoderWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    GeneratedNames names = model.names();
    ClassName limits = names.decoder().nestedClass("Limits");
    TypeSpec type = GeneratedCode.mark(TypeSpec.classBuilder(names.decoder()), catalog)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Turns any error response into the right {@link $T}: the typed subclass where "
                + "the body's type is in the catalog, {@link $T} otherwise. It never throws, "
                + "whatever the body: empty, HTML from a proxy, cut short, or hostile.\n\n"
                + "<p>Reading is bounded by {@link Limits}; the forms without them use "
                + "{@link Limits#DEFAULT}. A body that breaks off, or goes past a bound, gives what "
                + "was read before that point: the typed exception where its type was read and is "
                + "known, with a suppressed {@link $T} saying why the rest was not read and how the "
                + "body starts; otherwise an {@link $T} whose {@code reason()} and {@code excerpt()} "
                + "say the same.\n",
            names.exception(), names.unknownException(), IOException.class, names.unknownException())
        .addField(FieldSpec.builder(int.class, "EXCERPT_CHARS", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$L", EXCERPT_CHARS)
            .addJavadoc("How many characters of an unreadable body are kept as its excerpt.\n")
            .build())
        .addField(FieldSpec.builder(int.class, "MAX_NUMBER_LENGTH", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$L", MAX_NUMBER_LENGTH)
            .build())
        .addField(FieldSpec.builder(String.class, "EMPTY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", "the body is empty")
            .build())
        .addField(FieldSpec.builder(JSON_FACTORY, "JSON", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("json(Limits.DEFAULT)")
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(decode(names, TypeName.get(byte[].class), false)
            .addStatement("return decode(httpStatus, body, Limits.DEFAULT)")
            .build())
        .addMethod(decode(names, TypeName.get(byte[].class), true)
            .addStatement("Limits bounds = orDefault(limits)")
            .beginControlFlow("if (body == null || body.length == 0 || body.length > bounds.maxBodyBytes())")
            .addStatement("return decode(httpStatus, body == null ? null : new $T(body), limits)",
                ByteArrayInputStream.class)
            .endControlFlow()
            .addComment("A body in memory and within the cap is parsed where it lies. One that cannot")
            .addComment("be read whole is read again as a stream, which says why and keeps its excerpt.")
            .addStatement("$T json = bounds.equals(Limits.DEFAULT) ? JSON : json(bounds)", JSON_FACTORY)
            .beginControlFlow("try ($T parser = json.createParser(body))", JSON_PARSER)
            .addStatement("return read(httpStatus, new $T(), parser)", bodyReader(names))
            .nextControlFlow("catch ($T | RuntimeException e)", IOException.class)
            .addStatement("return decode(httpStatus, new $T(body), limits)", ByteArrayInputStream.class)
            .endControlFlow()
            .build())
        .addMethod(decode(names, TypeName.get(String.class), false)
            .addStatement("return decode(httpStatus, body, Limits.DEFAULT)")
            .build())
        .addMethod(decode(names, TypeName.get(String.class), true)
            .beginControlFlow("if (body == null)")
            .addStatement("return decode(httpStatus, ($T) null, limits)", InputStream.class)
            .endControlFlow()
            .addComment("Only what can be read is encoded: every char is at least one byte, so one")
            .addComment("char more than the cap is already too long.")
            .addStatement("long readable = orDefault(limits).maxBodyBytes() + 1L")
            .addStatement("byte[] bytes = body.substring(0, (int) Math.min(body.length(), readable))"
                + ".getBytes($T.UTF_8)", StandardCharsets.class)
            .addStatement("return decode(httpStatus, bytes, limits)")
            .build())
        .addMethod(decode(names, TypeName.get(InputStream.class), false)
            .addStatement("return decode(httpStatus, body, Limits.DEFAULT)")
            .build())
        .addMethod(decode(names, TypeName.get(InputStream.class), true)
            .addStatement("Limits bounds = orDefault(limits)")
            .addStatement("$T reader = new $T()", bodyReader(names), bodyReader(names))
            .beginControlFlow("if (body == null)")
            .addStatement("return unreadable(httpStatus, reader, EMPTY, null)")
            .endControlFlow()
            .addStatement("BoundedInput input = new BoundedInput(body, bounds.maxBodyBytes())")
            .addStatement("$T json = bounds.equals(Limits.DEFAULT) ? JSON : json(bounds)", JSON_FACTORY)
            .beginControlFlow("try ($T parser = json.createParser(input))", JSON_PARSER)
            .addStatement("return read(httpStatus, reader, parser)")
            .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
            .beginControlFlow("if (input.count == 0 && input.ended)")
            .addStatement("return unreadable(httpStatus, reader, EMPTY, null)")
            .endControlFlow()
            .addStatement("return unreadable(httpStatus, reader, reason(e, input), input.excerpt())")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(names.exception())
            .addParameter(int.class, "httpStatus")
            .addParameter(bodyReader(names), "reader")
            .addParameter(JSON_PARSER, "parser")
            .addException(IOException.class)
            .addStatement("reader.read(parser)")
            .beginControlFlow("if (parser.nextToken() != null)")
            .addStatement("throw new $T(parser, $S)", JacksonTypes.JSON_PARSE_EXCEPTION,
                "more content after the JSON object")
            .endControlFlow()
            .addStatement("return $T.fromBody(httpStatus, reader.toBody())", names.exception())
            .build())
        .addMethod(unreadable(names))
        .addMethod(MethodSpec.methodBuilder("orDefault")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(limits)
            .addParameter(limits, "limits")
            .addStatement("return limits != null ? limits : Limits.DEFAULT")
            .build())
        .addMethod(MethodSpec.methodBuilder("json")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(JSON_FACTORY)
            .addJavadoc("A parser factory for these limits. Building one costs about a microsecond, "
                + "so the default's is built once.\n")
            .addParameter(limits, "limits")
            .addStatement("return $T.builder()\n.streamReadConstraints($T.builder()\n$>"
                    + ".maxNestingDepth(limits.maxDepth())\n"
                    + ".maxStringLength(limits.maxStringLength())\n"
                    + ".maxNumberLength(MAX_NUMBER_LENGTH)\n.build())$<\n"
                    + "// The caller owns the stream it passes in, and closes it.\n"
                    + ".disable($T.AUTO_CLOSE_SOURCE)\n.build()",
                JSON_FACTORY, STREAM_READ_CONSTRAINTS, STREAM_READ_FEATURE)
            .build())
        .addMethod(MethodSpec.methodBuilder("reason")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(String.class)
            .addParameter(Exception.class, "e")
            .addParameter(names.decoder().nestedClass("BoundedInput"), "input")
            .beginControlFlow("if (input.exceeded)")
            .addStatement("return \"the body is longer than \" + input.max + \" bytes\"")
            .endControlFlow()
            .addStatement("String message = e instanceof $T json ? json.getOriginalMessage() : e.toString()",
                JSON_PROCESSING_EXCEPTION)
            .addStatement("String why = escape(message != null ? message : e.getClass().getName())")
            .addStatement("return e instanceof $T ? \"the body is over a limit: \" + why "
                + ": \"the body is not a readable JSON object: \" + why", STREAM_CONSTRAINTS_EXCEPTION)
            .build())
        .addMethod(MethodSpec.methodBuilder("escape")
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
        .addType(limits(limits))
        .addType(boundedInput())
        .build();
    return GeneratedCode.file(model, type);
  }

  private static ClassName bodyReader(GeneratedNames names) {
    return names.jsonCodec().nestedClass("BodyReader");
  }

  /** A public {@code decode} of one body form, with or without limits; the caller adds the body. */
  private static MethodSpec.Builder decode(GeneratedNames names, TypeName form, boolean withLimits) {
    String reading = form.equals(TypeName.get(InputStream.class))
        ? "Decodes an error response from a stream, reading no further than the limits allow. The "
            + "stream is left open.\n\n"
        : "Decodes an error response.\n\n";
    MethodSpec.Builder method = MethodSpec.methodBuilder("decode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(names.exception())
        .addJavadoc(reading + "@param httpStatus the response's status\n@param body the response body, "
            + "or null\n")
        .addParameter(int.class, "httpStatus")
        .addParameter(form, "body");
    if (withLimits) {
      method.addJavadoc("@param limits the bounds on reading it; null for {@link Limits#DEFAULT}\n")
          .addParameter(names.decoder().nestedClass("Limits"), "limits");
    }
    return method.addJavadoc("@return the exception; never null\n");
  }

  private static MethodSpec unreadable(GeneratedNames names) {
    return MethodSpec.methodBuilder("unreadable")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(names.exception())
        .addJavadoc("A body that could not be read whole: typed where its type was read and is "
            + "known, unknown otherwise.\n")
        .addParameter(int.class, "httpStatus")
        .addParameter(bodyReader(names), "reader")
        .addParameter(String.class, "reason")
        .addParameter(String.class, "excerpt")
        .addStatement("$T body = reader.toBody()", names.body())
        .beginControlFlow("if ($T.fromType(body.type()).isEmpty())", names.errorEnum())
        .addStatement("return new $T(httpStatus, body, reason, excerpt)", names.unknownException())
        .endControlFlow()
        .addStatement("$T typed = $T.fromBody(httpStatus, body)", names.exception(), names.exception())
        .addComment("A typed exception has no reason(): a suppressed exception says why, without a")
        .addComment("stack trace of the decoder's own, which would say nothing about the body.")
        .addStatement("$T why = new $T(reason + \"; the body starts: \" + excerpt)", IOException.class,
            IOException.class)
        .addStatement("why.setStackTrace(new StackTraceElement[0])")
        .addStatement("typed.addSuppressed(why)")
        .addStatement("return typed")
        .build();
  }

  /** The public record of the three bounds, with the defaults and their validation. */
  private static TypeSpec limits(ClassName self) {
    return TypeSpec.recordBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("How much reading one body may cost. Each bound, once passed, ends the "
                + "reading; what was read before it is kept.\n\n"
                + "<p>{@link #DEFAULT}: 1 MiB of body, nesting $L deep, strings of $L chars. "
                + "Memory is bounded by these and not by the body: a body of 60 MB is refused "
                + "after its first {@code maxBodyBytes + 1} bytes.\n\n"
                + "@param maxBodyBytes the most bytes of a body that are read; a longer body is "
                + "treated as cut off there. At least 1\n"
                + "@param maxDepth the deepest nesting of objects and arrays, the body itself being "
                + "level 1. From 1 to $L\n"
                + "@param maxStringLength the most chars of one string value; a longer one ends the "
                + "reading. At least 1\n",
            MAX_DEPTH, MAX_STRING_LENGTH, DEEPEST)
        .recordConstructor(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Checks the bounds.\n\n@throws IllegalArgumentException where a bound is "
                + "out of its range\n")
            .addParameter(int.class, "maxBodyBytes")
            .addParameter(int.class, "maxDepth")
            .addParameter(int.class, "maxStringLength")
            .addCode(check("maxBodyBytes < 1", "maxBodyBytes must be at least 1, not ", "maxBodyBytes"))
            .addComment("Extension values are read one stack frame a level: the stack must not run out first.")
            .addCode(check("maxDepth < 1 || maxDepth > " + DEEPEST,
                "maxDepth must be from 1 to " + DEEPEST + ", not ", "maxDepth"))
            .addCode(check("maxStringLength < 1", "maxStringLength must be at least 1, not ",
                "maxStringLength"))
            .build())
        .addField(FieldSpec.builder(self, "DEFAULT",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .initializer("new Limits($L, $L, $L)", MAX_BODY_BYTES, MAX_DEPTH, MAX_STRING_LENGTH)
            .addJavadoc("1 MiB ($L bytes) of body, nesting $L deep, strings of $L chars: room for any "
                + "error body, little for an attack.\n", MAX_BODY_BYTES, MAX_DEPTH, MAX_STRING_LENGTH)
            .build())
        .build();
  }

  private static CodeBlock check(String condition, String message, String value) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition)
        .addStatement("throw new IllegalArgumentException($S + $L)", message, value)
        .endControlFlow()
        .build();
  }

  /**
   * A stream that stops at the byte cap and keeps the first bytes for an excerpt: the rest of a
   * longer body is never read, so a huge one costs no more than the cap.
   */
  private static TypeSpec boundedInput() {
    return TypeSpec.classBuilder("BoundedInput")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(FilterInputStream.class)
        .addField(int.class, "max", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(byte[].class, "start", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new byte[EXCERPT_CHARS]")
            .build())
        .addField(int.class, "kept", Modifier.PRIVATE)
        .addField(long.class, "count", Modifier.PRIVATE)
        .addField(boolean.class, "exceeded", Modifier.PRIVATE)
        .addField(boolean.class, "ended", Modifier.PRIVATE)
        .addField(FieldSpec.builder(byte[].class, "one", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new byte[1]")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(InputStream.class, "in")
            .addParameter(int.class, "max")
            .addStatement("super(in)")
            .addStatement("this.max = max")
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
            .beginControlFlow("if (count >= max)")
            .addComment("At the cap: one more byte says whether the body goes on past it.")
            .addStatement("exceeded = in.read() >= 0")
            .beginControlFlow("if (exceeded)")
            .addStatement("throw new IOException(\"the body is longer than \" + max + \" bytes\")")
            .endControlFlow()
            .addStatement("return -1")
            .endControlFlow()
            .addStatement("int n = in.read(buffer, offset, (int) Math.min(length, max - count))")
            .addStatement("ended |= n < 0")
            .beginControlFlow("if (n > 0)")
            .addStatement("int keep = Math.min(n, start.length - kept)")
            .addStatement("System.arraycopy(buffer, offset, start, kept, keep)")
            .addStatement("kept += keep")
            .addStatement("count += n")
            .endControlFlow()
            .addStatement("return n")
            .build())
        .addMethod(MethodSpec.methodBuilder("excerpt")
            .returns(String.class)
            .addJavadoc("The escaped start of the body, ending in {@code ...} where there is more. "
                + "The start is first filled up from the stream (a few hundred bytes at most), so "
                + "the excerpt is the same however the stream handed out its bytes.\n")
            .beginControlFlow("try")
            .beginControlFlow("while (kept < start.length && !ended && !exceeded && count < max)")
            .addStatement("int n = in.read(start, kept, (int) Math.min(start.length - kept, max - count))")
            .beginControlFlow("if (n <= 0)")
            .addComment("The end, or a stream that gives nothing: no more of the start, then.")
            .addStatement("ended |= n < 0")
            .addStatement("break")
            .endControlFlow()
            .addStatement("kept += n")
            .addStatement("count += n")
            .endControlFlow()
            .beginControlFlow("if (count == kept && !ended && !exceeded && in.read() >= 0)")
            .addComment("One byte past the start says whether it goes on.")
            .addStatement("count++")
            .endControlFlow()
            .nextControlFlow("catch ($T | RuntimeException e)", IOException.class)
            .addComment("The stream failed again: the excerpt is what it gave before.")
            .endControlFlow()
            .addStatement("String start = escape(new String($T.copyOf(this.start, kept), $T.UTF_8))",
                Arrays.class, StandardCharsets.class)
            .addStatement("return count > kept ? start + \"...\" : start")
            .build())
        .build();
  }
}
