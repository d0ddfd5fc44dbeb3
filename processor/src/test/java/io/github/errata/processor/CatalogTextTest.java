package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.JavaFileObjects;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Text in a catalog (Javadoc, titles, details) that once made generated code fail to compile
 * under {@code -Xlint:all -Werror}: each catalog here is a random catalog that did, cut down.
 */
class CatalogTextTest {

  @Test
  void wrappingJavadocNeverStartsALineWithATag() {
    // Wrapped at 100 columns, the enum constant's Javadoc broke right before "@deprecated": a
    // block tag that deprecated the constant, and javac warned ([dep-ann], [deprecation]).
    CompiledCatalog.compile(catalog("""
        /** Broke in a way that we describe in a long line of words so that the wrapping happens @deprecated right here. */
        @ApiError(status = 500, title = "Broke.")
        void broke();
        """));
  }

  @Test
  void javadocLineBreaksThatJavacDoesNotSeeStartNoLine() {
    // JavaPoet breaks comment lines at a form feed or vertical tab, which javac reads as text: the
    // @deprecated after one started a line of the generated Javadoc.
    CompiledCatalog.compile(catalog("""
        /** Gone.\\u000c@deprecated not really.\\u000b@deprecated nor here. */
        @ApiError(status = 410, title = "Gone.")
        void gone();
        """));
  }

  @Test
  void lineAndParagraphSeparatorsInTitlesAndDetailsRoundTrip() throws Exception {
    // JavaPoet wrote U+2028 and U+2029 into string literals as they are, then broke the line at
    // them: "unclosed string literal".
    CompiledCatalog compiled = CompiledCatalog.compile(catalog("""
        /** Two lines. */
        @ApiError(status = 400, title = "Two\\u2028lines.", detail = "Name\\u2029{name}\\u2028ends.")
        void twoLines(String name);
        """));
    Object thrown = compiled.create("test.TwoLinesException", "x\u2029y");
    assertThat(compiled.call(thrown, "title")).isEqualTo("Two\u2028lines.");
    assertThat(compiled.call(thrown, "detail")).isEqualTo("Name\u2029x\u2029y\u2028ends.");
    ObjectMapper mapper = new ObjectMapper().registerModule(
        (Module) compiled.type("test.TextJacksonModule").getConstructor().newInstance());
    Object decoded = compiled.call("test.TextErrorDecoder", "decode", 400,
        mapper.writeValueAsBytes(thrown));
    assertThat(decoded.getClass()).isEqualTo(thrown.getClass());
    assertThat(compiled.call(decoded, "detail")).isEqualTo(compiled.call(thrown, "detail"));
    assertThat(compiled.call(decoded, "arguments")).isEqualTo(Map.of("name", "x\u2029y"));
  }

  private static JavaFileObject catalog(String errors) {
    return JavaFileObjects.forSourceString("test.TextErrors", """
        package test;

        import io.github.errata.ApiError;
        import io.github.errata.ErrorCatalog;

        /** Errors whose text once broke generated code. */
        @ErrorCatalog(docs = "https://text.example.com/errors")
        public interface TextErrors {
        """ + errors.indent(2) + "}\n");
  }
}
