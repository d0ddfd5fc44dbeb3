package io.github.errata.processor;

import static io.github.errata.processor.JacksonTypes.JSON_FACTORY;
import static io.github.errata.processor.JacksonTypes.JSON_GENERATOR;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.errata.processor.DetailTemplate.Literal;
import io.github.errata.processor.DetailTemplate.Placeholder;
import io.github.errata.processor.DetailTemplate.Segment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The direct path: an exception the server made writes its body to bytes without Jackson, from
 * byte fragments the processor computes (the type, title and link, and the literal text of the
 * detail), escaping only the argument values; a parameterless error's body is one constant. The
 * bytes are the Jackson module's, byte for byte: {@link JsonEscaper} escapes as jackson-core does.
 */
final class DirectJsonWriter {

  private DirectJsonWriter() {}

  static ClassName jsonBytes(GeneratedNames names) {
    return names.exception().nestedClass("JsonBytes");
  }

  /** The base class's public methods, and the Jackson path its subclasses fall back on. */
  static List<MethodSpec> baseMethods(GeneratedNames names) {
    ClassName bytes = jsonBytes(names);
    return List.of(
        MethodSpec.methodBuilder("toJsonBytes")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .returns(byte[].class)
            .addJavadoc("The wire body as UTF-8 JSON: the same bytes as the Jackson module writes "
                + "for this exception with a default {@code ObjectMapper}. An exception made here "
                + "is written without Jackson, from constant fragments and its escaped arguments; "
                + "a received one goes through jackson-core.\n\n@return a new array\n")
            .addStatement("return received ? $T.ofBody(toBody()) : thrownBody(false)", bytes)
            .build(),
        MethodSpec.methodBuilder("writeJson")
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addParameter(OutputStream.class, "out")
            .addException(IOException.class)
            .addJavadoc("Writes {@link #toJsonBytes()} to a stream, such as an HTTP response's "
                + "body; a parameterless error's constant body is written without a copy.\n\n"
                + "@param out where to write; left open\n"
                + "@throws IOException if the stream fails\n")
            .addStatement("out.write(received ? $T.ofBody(toBody()) : thrownBody(true))", bytes)
            .build(),
        MethodSpec.methodBuilder("thrownBody")
            .addParameter(boolean.class, "shared")
            .returns(byte[].class)
            .addJavadoc("The body of an exception made by the server. Subclasses write it from "
                + "fragments; this fallback goes through jackson-core.\n\n"
                + "@param shared whether the caller only reads the array, so a constant may be "
                + "returned as it is\n")
            .addStatement("return $T.ofBody(toBody())", bytes)
            .build());
  }

  /** The growable byte buffer and escaper the fragments are joined with. */
  static TypeSpec jsonBytesType(CatalogModel model) {
    ClassName self = jsonBytes(model.names());
    ClassName codec = model.names().jsonCodec();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("A JSON body being written without Jackson: fragments, and text escaped as "
            + "jackson-core's UTF-8 generator escapes it (the five short escapes, other control "
            + "characters and every surrogate as {@code &#92;uXXXX}).\n")
        .addField(FieldSpec.builder(byte[].class, "HEX", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .initializer("utf8($S)", "0123456789ABCDEF")
            .build())
        .addField(byte[].class, "bytes", Modifier.PRIVATE)
        .addField(int.class, "size", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "capacity")
            .addStatement("bytes = new byte[capacity]")
            .build())
        .addMethod(MethodSpec.methodBuilder("utf8")
            .addModifiers(Modifier.STATIC)
            .returns(byte[].class)
            .addParameter(String.class, "text")
            .addStatement("return text.getBytes($T.UTF_8)", StandardCharsets.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("write")
            .returns(self)
            .addParameter(byte[].class, "fragment")
            .addStatement("ensure(fragment.length)")
            .addStatement("System.arraycopy(fragment, 0, bytes, size, fragment.length)")
            .addStatement("size += fragment.length")
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("ascii")
            .addJavadoc("Text known to need no escaping: a number, a boolean, a UUID.\n")
            .returns(self)
            .addParameter(String.class, "text")
            .addStatement("ensure(text.length())")
            .beginControlFlow("for (int i = 0; i < text.length(); i++)")
            .addStatement("bytes[size++] = (byte) text.charAt(i)")
            .endControlFlow()
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("text")
            .addJavadoc("Text inside a JSON string, escaped; with {@code asciiOnly}, all of its "
                + "non-ASCII too, as the codec writes a text that holds a lone surrogate.\n")
            .returns(self)
            .addParameter(String.class, "text")
            .addParameter(boolean.class, "asciiOnly")
            .addComment("Room for all of it as ASCII; more only for a char that takes more.")
            .addStatement("ensure(text.length())")
            .beginControlFlow("for (int i = 0; i < text.length(); i++)")
            .addStatement("char c = text.charAt(i)")
            .beginControlFlow("if (c < 0x80 && c >= 0x20 && c != '\"' && c != '\\\\')")
            .addStatement("bytes[size++] = (byte) c")
            .addStatement("continue")
            .endControlFlow()
            .addComment("Six bytes at most for this char (an escape), one for each after it.")
            .addStatement("ensure(6 + text.length() - i - 1)")
            .beginControlFlow("if (c < 0x80 || asciiOnly || Character.isSurrogate(c))")
            .addStatement("escape(c)")
            .nextControlFlow("else if (c < 0x800)")
            .addStatement("bytes[size++] = (byte) (0xC0 | c >> 6)")
            .addStatement("bytes[size++] = (byte) (0x80 | c & 0x3F)")
            .nextControlFlow("else")
            .addStatement("bytes[size++] = (byte) (0xE0 | c >> 12)")
            .addStatement("bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F)")
            .addStatement("bytes[size++] = (byte) (0x80 | c & 0x3F)")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return this")
            .build())
        .addMethod(MethodSpec.methodBuilder("escape")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(char.class, "c")
            .addStatement("bytes[size++] = '\\\\'")
            .addCode("switch (c) {\n$>")
            .addCode("case '\"', '\\\\' -> bytes[size++] = (byte) c;\n")
            .addCode("case '\\b' -> bytes[size++] = 'b';\n")
            .addCode("case '\\t' -> bytes[size++] = 't';\n")
            .addCode("case '\\n' -> bytes[size++] = 'n';\n")
            .addCode("case '\\f' -> bytes[size++] = 'f';\n")
            .addCode("case '\\r' -> bytes[size++] = 'r';\n")
            .addCode("default -> {\n$>")
            .addStatement("bytes[size++] = 'u'")
            .addStatement("bytes[size++] = HEX[c >> 12]")
            .addStatement("bytes[size++] = HEX[c >> 8 & 0xF]")
            .addStatement("bytes[size++] = HEX[c >> 4 & 0xF]")
            .addStatement("bytes[size++] = HEX[c & 0xF]")
            .addCode("$<}\n$<}\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("ensure")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "more")
            .beginControlFlow("if (bytes.length - size < more)")
            .addStatement("bytes = $T.copyOf(bytes, Math.max(bytes.length * 2, size + more))",
                Arrays.class)
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("toByteArray")
            .returns(byte[].class)
            .addStatement("return size == bytes.length ? bytes : $T.copyOf(bytes, size)", Arrays.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("hasSurrogate")
            .addModifiers(Modifier.STATIC)
            .returns(boolean.class)
            .addParameter(String.class, "text")
            .beginControlFlow("for (int i = 0; i < text.length(); i++)")
            .beginControlFlow("if (Character.isSurrogate(text.charAt(i)))")
            .addStatement("return true")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return false")
            .build())
        .addMethod(MethodSpec.methodBuilder("withDetail")
            .addModifiers(Modifier.STATIC)
            .addJavadoc("A body whose detail, holding a surrogate, is escaped as one text: a lone "
                + "surrogate anywhere in it changes how all of it is written.\n")
            .returns(byte[].class)
            .addParameter(byte[].class, "head")
            .addParameter(String.class, "detail")
            .addParameter(byte[].class, "tail")
            .addStatement("return new $T(head.length + detail.length() + tail.length)"
                + ".write(head).text(detail, $T.hasLoneSurrogate(detail)).write(tail).toByteArray()",
                self, codec)
            .build())
        .addMethod(MethodSpec.methodBuilder("ofBody")
            .addModifiers(Modifier.STATIC)
            .addJavadoc("A body written by jackson-core, through the codec the module uses.\n")
            .returns(byte[].class)
            .addParameter(model.names().body(), "body")
            .addStatement("$T out = new $T()", ByteArrayOutputStream.class, ByteArrayOutputStream.class)
            .beginControlFlow("try ($T generator = Factory.JSON.createGenerator(out))", JSON_GENERATOR)
            .addStatement("$T.write(generator, body)", codec)
            .nextControlFlow("catch ($T e)", IOException.class)
            .addStatement("throw new $T(e)", UncheckedIOException.class)
            .endControlFlow()
            .addStatement("return out.toByteArray()")
            .build())
        .addType(TypeSpec.classBuilder("Factory")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Loaded on first use: an exception made here never needs jackson-core.\n")
            .addField(FieldSpec.builder(JSON_FACTORY, "JSON", Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", JSON_FACTORY)
                .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build())
        .build();
  }

  /**
   * Adds to an error's exception its body's constant fragments and the override of
   * {@code thrownBody} that joins them with the escaped arguments.
   */
  static void addTo(TypeSpec.Builder type, CatalogModel model, ErrorModel error) {
    ClassName bytes = jsonBytes(model.names());
    String head = "{\"type\":\"" + JsonEscaper.escape(error.type()) + "\",\"title\":\""
        + JsonEscaper.escape(error.title()) + "\",\"detail\":\"";
    String tail = error.see() == null
        ? "\"}"
        : "\",\"see\":\"" + JsonEscaper.escape(error.see()) + "\"}";
    MethodSpec.Builder method = MethodSpec.methodBuilder("thrownBody")
        .addAnnotation(Override.class)
        .addParameter(boolean.class, "shared")
        .returns(byte[].class);
    if (error.parameters().isEmpty()) {
      String detail = ((Literal) error.detail().segments().get(0)).text();
      type.addField(fragment("JSON_BODY", head + JsonEscaper.escape(detail) + tail, bytes));
      type.addMethod(method.addStatement("return shared ? JSON_BODY : JSON_BODY.clone()").build());
      return;
    }
    type.addField(fragment("JSON_HEAD", head, bytes)).addField(fragment("JSON_TAIL", tail, bytes));
    boolean literalSurrogates = error.detail().segments().stream()
        .anyMatch(s -> s instanceof Literal literal && JsonEscaper.hasSurrogate(literal.text()));
    if (literalSurrogates) {
      // The template itself holds a surrogate: its escaping depends on the whole detail.
      type.addMethod(method
          .addStatement("return $T.withDetail(JSON_HEAD, detail(), JSON_TAIL)", bytes).build());
      return;
    }
    // Fields as this.name: the locals cannot shadow them, whatever the parameters are called.
    List<String> texts = new ArrayList<>();
    List<CodeBlock> writes = new ArrayList<>();
    CodeBlock.Builder capacity = CodeBlock.builder();
    int literals = 0;
    int fixed = head.getBytes(StandardCharsets.UTF_8).length + tail.getBytes(StandardCharsets.UTF_8).length;
    for (Segment segment : error.detail().segments()) {
      if (segment instanceof Literal literal) {
        String name = "JSON_LITERAL_" + literals++;
        String escaped = JsonEscaper.escape(literal.text());
        fixed += escaped.getBytes(StandardCharsets.UTF_8).length;
        type.addField(fragment(name, escaped, bytes));
        writes.add(CodeBlock.of(".write($L)", name));
        continue;
      }
      ParameterModel parameter = parameter(error, ((Placeholder) segment).name());
      int index = error.parameters().indexOf(parameter);
      String local = "text" + index;
      if (parameter.kind() == ParameterKind.STRING || parameter.kind() == ParameterKind.ENUM) {
        if (!texts.contains(local)) {
          texts.add(local);
          method.addStatement("String $L = $L", local, parameter.kind() == ParameterKind.STRING
              ? CodeBlock.of("String.valueOf(this.$N)", parameter.name())
              : CodeBlock.of("this.$N == null ? \"null\" : this.$N.name()", parameter.name(),
                  parameter.name()));
        }
        writes.add(CodeBlock.of(".text($L, false)", local));
        capacity.add(" + $L.length()", local);
      } else {
        // A number, a boolean or a UUID: ASCII that needs no escaping.
        writes.add(CodeBlock.of(".ascii(String.valueOf(this.$N))", parameter.name()));
        fixed += 36;
      }
    }
    if (!texts.isEmpty()) {
      method.beginControlFlow("if ($L)", texts.stream()
              .map(local -> CodeBlock.of("$T.hasSurrogate($L)", bytes, local))
              .collect(CodeBlock.joining(" || ")))
          .addComment("A surrogate in an argument: the detail is escaped as one text, as Jackson does.")
          .addStatement("return $T.withDetail(JSON_HEAD, detail(), JSON_TAIL)", bytes)
          .endControlFlow();
    }
    type.addMethod(method
        .addStatement("return new $T($L$L)\n.write(JSON_HEAD)\n$L\n.write(JSON_TAIL)\n.toByteArray()",
            bytes, fixed, capacity.build(), CodeBlock.join(writes, "\n"))
        .build());
  }

  private static FieldSpec fragment(String name, String json, ClassName bytes) {
    return FieldSpec.builder(byte[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.utf8($L)", bytes, GeneratedCode.string(json))
        .build();
  }

  private static ParameterModel parameter(ErrorModel error, String name) {
    return error.parameters().stream()
        .filter(parameter -> parameter.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
