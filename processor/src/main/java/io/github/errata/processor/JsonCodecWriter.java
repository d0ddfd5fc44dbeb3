package io.github.errata.processor;

import static io.github.errata.processor.JacksonTypes.JSON_GENERATOR;
import static io.github.errata.processor.JacksonTypes.JSON_PARSER;
import static io.github.errata.processor.JacksonTypes.JSON_PARSE_EXCEPTION;
import static io.github.errata.processor.JacksonTypes.JSON_TOKEN;
import static io.github.errata.processor.JacksonTypes.SERIALIZED_STRING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the streaming JSON codec that the Jackson module and the decoder share: the body
 * written member by member with pre-encoded names, and read token by token into a reader that
 * keeps whatever it got even when the input breaks off.
 */
final class JsonCodecWriter {

  private JsonCodecWriter() {}

  static JavaFile write(CatalogModel model, TypeElement catalog) {
    ClassName body = model.names().body();
    TypeSpec.Builder type = GeneratedCode.mark(TypeSpec.classBuilder(model.names().jsonCodec()), catalog)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Streams {@link $T} to and from JSON with jackson-core: pre-encoded member "
            + "names, no reflection. Shared by the Jackson module and the decoder.\n", body)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (String member : ErrorBodyWriter.MEMBERS) {
      type.addField(FieldSpec.builder(SERIALIZED_STRING, member.toUpperCase(java.util.Locale.ROOT),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($S)", SERIALIZED_STRING, member)
          .build());
    }
    type.addMethod(writeBody(body))
        .addMethod(write())
        .addMethod(writeMember())
        .addMethod(writeValue())
        .addMethod(writeText())
        .addMethod(hasLoneSurrogate())
        .addMethod(readText())
        .addMethod(readValue())
        .addType(reader(body));
    return GeneratedCode.file(model, type.build());
  }

  private static MethodSpec writeBody(ClassName body) {
    return MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("Writes the body: the four members in wire order, each left out where null, "
            + "then the extensions.\n")
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(body, "body")
        .addException(IOException.class)
        .addStatement("write(generator, $L, body.extensions())", ErrorBodyWriter.MEMBERS.stream()
            .map(member -> "body." + member + "()").collect(java.util.stream.Collectors.joining(", ")))
        .build();
  }

  /** Writes a body from its members, so that an exception is written without making one first. */
  private static MethodSpec write() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.STATIC)
        .addJavadoc("Writes a body from its members, such as an exception's, without making the "
            + "body first.\n")
        .addParameter(JSON_GENERATOR, "generator");
    for (String member : ErrorBodyWriter.MEMBERS) {
      method.addParameter(String.class, member);
    }
    method.addParameter(ExceptionWriter.STRING_OBJECT_MAP, "extensions")
        .addException(IOException.class)
        .addStatement("generator.writeStartObject()");
    for (String member : ErrorBodyWriter.MEMBERS) {
      method.addStatement("writeMember(generator, $L, $L)",
          member.toUpperCase(java.util.Locale.ROOT), member);
    }
    return method
        .beginControlFlow("for ($T.Entry<String, Object> member : extensions.entrySet())", Map.class)
        .addStatement("writeText(generator, member.getKey(), true)")
        .addStatement("writeValue(generator, member.getValue())")
        .endControlFlow()
        .addStatement("generator.writeEndObject()")
        .build();
  }

  private static MethodSpec writeMember() {
    return MethodSpec.methodBuilder("writeMember")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(SERIALIZED_STRING, "name")
        .addParameter(String.class, "value")
        .addException(IOException.class)
        .beginControlFlow("if (value != null)")
        .addStatement("generator.writeFieldName(name)")
        .addStatement("writeText(generator, value, false)")
        .endControlFlow()
        .build();
  }

  private static MethodSpec writeValue() {
    return MethodSpec.methodBuilder("writeValue")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Writes a plain Java value as JSON; anything else, and a number JSON cannot hold, "
            + "as its string form.\n")
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(Object.class, "value")
        .addException(IOException.class)
        .beginControlFlow("if (value == null)")
        .addStatement("generator.writeNull()")
        .nextControlFlow("else if (value instanceof String text)")
        .addStatement("writeText(generator, text, false)")
        .nextControlFlow("else if (value instanceof Boolean bool)")
        .addStatement("generator.writeBoolean(bool)")
        .nextControlFlow("else if (value instanceof Integer || value instanceof Long "
            + "|| value instanceof Short || value instanceof Byte)")
        .addStatement("generator.writeNumber(((Number) value).longValue())")
        .nextControlFlow("else if (value instanceof $T number)", BigInteger.class)
        .addStatement("generator.writeNumber(number)")
        .nextControlFlow("else if (value instanceof $T number)", BigDecimal.class)
        .addStatement("generator.writeNumber(number)")
        .nextControlFlow("else if (value instanceof Number number && !Double.isFinite(number.doubleValue()))")
        .addComment("NaN and the infinities are no JSON numbers: text, whatever the generator's settings.")
        .addStatement("generator.writeString(number.toString())")
        .nextControlFlow("else if (value instanceof Number number)")
        .addStatement("generator.writeNumber(number.doubleValue())")
        .nextControlFlow("else if (value instanceof $T<?, ?> map)", Map.class)
        .addStatement("generator.writeStartObject()")
        .beginControlFlow("for ($T.Entry<?, ?> member : map.entrySet())", Map.class)
        .addStatement("writeText(generator, String.valueOf(member.getKey()), true)")
        .addStatement("writeValue(generator, member.getValue())")
        .endControlFlow()
        .addStatement("generator.writeEndObject()")
        .nextControlFlow("else if (value instanceof Iterable<?> items)")
        .addStatement("generator.writeStartArray()")
        .beginControlFlow("for (Object item : items)")
        .addStatement("writeValue(generator, item)")
        .endControlFlow()
        .addStatement("generator.writeEndArray()")
        .nextControlFlow("else")
        .addStatement("writeText(generator, value.toString(), false)")
        .endControlFlow()
        .build();
  }

  private static MethodSpec writeText() {
    return MethodSpec.methodBuilder("writeText")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addJavadoc("Writes a string value or a member name so that it reads back the same from any "
            + "generator. A text with a lone surrogate, which UTF-8 cannot carry, is written with "
            + "every non-ASCII character escaped: left to itself, a generator writing chars puts "
            + "the surrogate out raw (a {@code ?} once encoded), and jackson-core 2.20's UTF-8 "
            + "generator, asked to combine surrogates, joins it to the next character.\n")
        .addParameter(JSON_GENERATOR, "generator")
        .addParameter(String.class, "text")
        .addParameter(boolean.class, "name")
        .addException(IOException.class)
        .addStatement("boolean escape = hasLoneSurrogate(text)")
        .addStatement("int highest = generator.getHighestEscapedChar()")
        .beginControlFlow("if (escape)")
        .addComment("0 means nothing is escaped for being high; a lower setting is the user's, kept.")
        .addStatement("generator.setHighestNonEscapedChar(highest > 0 && highest < 0x7f ? highest : 0x7f)")
        .endControlFlow()
        .beginControlFlow("if (name)")
        .addStatement("generator.writeFieldName(text)")
        .nextControlFlow("else")
        .addStatement("generator.writeString(text)")
        .endControlFlow()
        .beginControlFlow("if (escape)")
        .addStatement("generator.setHighestNonEscapedChar(highest)")
        .endControlFlow()
        .build();
  }

  private static MethodSpec hasLoneSurrogate() {
    return MethodSpec.methodBuilder("hasLoneSurrogate")
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "text")
        .beginControlFlow("for (int i = 0; i < text.length(); i++)")
        .addStatement("char c = text.charAt(i)")
        .beginControlFlow("if (Character.isHighSurrogate(c) && i + 1 < text.length() "
            + "&& Character.isLowSurrogate(text.charAt(i + 1)))")
        .addStatement("i++")
        .nextControlFlow("else if (Character.isSurrogate(c))")
        .addStatement("return true")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return false")
        .build();
  }

  private static MethodSpec readText() {
    return MethodSpec.methodBuilder("readText")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("A member that must be a string: of any other JSON type it counts as absent "
            + "(RFC 9457, section 3.1), so its value is skipped and what was read before stays.\n")
        .addParameter(JSON_PARSER, "parser")
        .addParameter(JSON_TOKEN, "token")
        .addParameter(String.class, "before")
        .addException(IOException.class)
        .beginControlFlow("if (token == $T.VALUE_STRING)", JSON_TOKEN)
        .addStatement("return parser.getText()")
        .endControlFlow()
        .addStatement("parser.skipChildren()")
        .addStatement("return before")
        .build();
  }

  private static MethodSpec readValue() {
    return MethodSpec.methodBuilder("readValue")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Object.class)
        .addJavadoc("Reads any JSON value as a plain Java value. Depth is bounded by the parser's "
            + "nesting limit.\n")
        .addParameter(JSON_PARSER, "parser")
        .addParameter(JSON_TOKEN, "token")
        .addException(IOException.class)
        .beginControlFlow("if (token == null)")
        .addStatement("throw new $T(parser, $S)", JSON_PARSE_EXCEPTION, "the body ends in the middle of a value")
        .endControlFlow()
        .beginControlFlow("switch (token)")
        .beginControlFlow("case START_OBJECT:")
        .addStatement("$T<String, Object> map = new $T<>()", Map.class, LinkedHashMap.class)
        .beginControlFlow("for (String name = parser.nextFieldName(); name != null; "
            + "name = parser.nextFieldName())")
        .addStatement("map.put(name, readValue(parser, parser.nextToken()))")
        .endControlFlow()
        .addStatement("return map")
        .endControlFlow()
        .beginControlFlow("case START_ARRAY:")
        .addStatement("$T<Object> list = new $T<>()", List.class, ArrayList.class)
        .beginControlFlow("for ($T item = parser.nextToken(); item != $T.END_ARRAY; "
            + "item = parser.nextToken())", JSON_TOKEN, JSON_TOKEN)
        .addStatement("list.add(readValue(parser, item))")
        .endControlFlow()
        .addStatement("return list")
        .endControlFlow()
        .addStatement("case VALUE_STRING: return parser.getText()")
        .addStatement("case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return parser.getNumberValue()")
        .addStatement("case VALUE_TRUE: return Boolean.TRUE")
        .addStatement("case VALUE_FALSE: return Boolean.FALSE")
        .addStatement("case VALUE_NULL: return null")
        .addStatement("default: throw new $T(parser, \"unexpected \" + token)", JSON_PARSE_EXCEPTION)
        .endControlFlow()
        .build();
  }

  /** The reader: fields, not locals, so what was read survives a failure halfway. */
  private static TypeSpec reader(ClassName body) {
    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addJavadoc("Reads one body object, starting at the parser's current token or the next.\n")
        .addParameter(JSON_PARSER, "parser")
        .addException(IOException.class)
        .addStatement("$T token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken()",
            JSON_TOKEN)
        .beginControlFlow("if (token != $T.START_OBJECT)", JSON_TOKEN)
        .addStatement("throw new $T(parser, \"expected a JSON object, found \" "
            + "+ (token == null ? \"nothing\" : token.asString() != null ? token.asString() : token))",
            JSON_PARSE_EXCEPTION)
        .endControlFlow()
        .beginControlFlow("for (String name = parser.nextFieldName(); name != null; "
            + "name = parser.nextFieldName())")
        .addStatement("unconfirmed = null")
        .addStatement("$T value = parser.nextToken()", JSON_TOKEN)
        .beginControlFlow("switch (name)");
    for (String member : ErrorBodyWriter.MEMBERS) {
      read.addStatement("case $S -> $L = readText(parser, value, $L)", member, member, member);
    }
    read.beginControlFlow("default ->")
        .beginControlFlow("if (extensions == null)")
        .addStatement("extensions = new $T<>()", LinkedHashMap.class)
        .endControlFlow()
        .addStatement("extensions.put(name, readValue(parser, value))")
        .addComment("A number ends where the input does: cut short, 30 reads as 3. It counts once")
        .addComment("what follows it has been read.")
        .addStatement("unconfirmed = value.isNumeric() ? name : null")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("unconfirmed = null");
    return TypeSpec.classBuilder("BodyReader")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Reads a body member by member; after a failure, holds what was read before it.\n")
        .addField(String.class, "type", Modifier.PRIVATE)
        .addField(String.class, "title", Modifier.PRIVATE)
        .addField(String.class, "detail", Modifier.PRIVATE)
        .addField(String.class, "see", Modifier.PRIVATE)
        .addField(ExceptionWriter.STRING_OBJECT_MAP, "extensions", Modifier.PRIVATE)
        .addField(FieldSpec.builder(String.class, "unconfirmed", Modifier.PRIVATE)
            .addJavadoc("The last member read, where it is a number not yet known to be whole.\n")
            .build())
        .addMethod(read.build())
        .addMethod(MethodSpec.methodBuilder("toBody")
            .returns(body)
            .addJavadoc("The body as read so far, less a number the input may have cut short.\n")
            .addStatement("$T read = extensions", ExceptionWriter.STRING_OBJECT_MAP)
            .beginControlFlow("if (unconfirmed != null)")
            .addStatement("read = new $T<>(extensions)", LinkedHashMap.class)
            .addStatement("read.remove(unconfirmed)")
            .endControlFlow()
            .addStatement("return new $T(type, title, detail, see, read)", body)
            .build())
        .build();
  }
}
