package io.github.errata.processor;

import com.google.testing.compile.JavaFileObjects;
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
