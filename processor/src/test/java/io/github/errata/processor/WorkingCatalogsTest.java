package io.github.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static io.github.errata.processor.CatalogRuntime.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Catalogs at the edges of what is valid, each compiled with {@code -Xlint:all -Werror} and its
 * generated code run: nested and private catalogs, an empty one, members that are not errors,
 * text full of characters that need escaping, parameters named like generated code, and the
 * unnamed package.
 */
class WorkingCatalogsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCatalogNestedInAClassAndAPrivateOneGenerateInTheirPackage() {
    CompiledCatalog compiled = CompiledCatalog.compile(Catalogs.resource("good/nested/Shop.java"));
    CatalogRuntime shop = new CatalogRuntime(compiled, "nested.Shop");
    Object grocery = compiled.call("nested.Shop$Department", "valueOf", "GROCERY");
    Object closed = compiled.create("nested.DepartmentClosedException", grocery);
    assertThat(((Throwable) closed).getMessage()).isEqualTo("The GROCERY department is closed");
    shop.assertRoundTrip(closed, args("department", grocery));

    CatalogRuntime backOffice = new CatalogRuntime(compiled, "nested.BackOffice");
    Class<?> error = compiled.type("nested.BackOfficeError");
    assertThat(Modifier.isPublic(error.getModifiers())).isTrue();
    backOffice.assertRoundTrip(compiled.create("nested.LedgerUnavailableException"), Map.of());
  }

  @Test
  void anEmptyCatalogDecodesEveryBodyAsUnknown() {
    CompiledCatalog compiled = CompiledCatalog.compile(Catalogs.resource("good/empty/EmptyErrors.java"));
    CatalogRuntime empty = new CatalogRuntime(compiled, "empty.Empty");
    assertThat((Object[]) compiled.call("empty.EmptyError", "values")).isEmpty();
    assertThat(compiled.call("empty.EmptyError", "fromType", "ANYTHING")).isEqualTo(Optional.empty());
    Object decoded = empty.decode(404, "{\"type\":\"NOT_FOUND\",\"title\":\"Not found.\"}");
    assertThat(decoded.getClass().getName()).isEqualTo("empty.UnknownEmptyException");
    assertThat(compiled.call(decoded, "type")).isEqualTo("NOT_FOUND");
    assertThat(compiled.call(decoded, "status")).isEqualTo(404);
    assertThat(compiled.call(decoded, "title")).isEqualTo("Not found.");
    assertThat(compiled.call(decoded, "error")).isEqualTo(Optional.empty());
    assertThat(Arrays.asList(compiled.type("empty.EmptyException").getPermittedSubclasses()))
        .containsExactly(compiled.type("empty.UnknownEmptyException"));
  }

  @Test
  void constantsDefaultAndStaticMethodsAndNestedTypesAreNotErrors() {
    CompiledCatalog compiled =
        CompiledCatalog.compile(Catalogs.resource("good/members/LibraryErrors.java"));
    Object[] errors = (Object[]) compiled.call("members.LibraryError", "values");
    assertThat(Arrays.stream(errors).map(Object::toString)).containsExactly("BOOK_ON_LOAN");
    assertThat(Arrays.asList(compiled.type("members.LibraryException").getPermittedSubclasses()))
        .containsExactly(compiled.type("members.BookOnLoanException"),
            compiled.type("members.UnknownLibraryException"));
    new CatalogRuntime(compiled, "members.Library").assertRoundTrip(
        compiled.create("members.BookOnLoanException", "9780131103627"),
        args("isbn", "9780131103627"));
  }

  @Test
  void parametersNamedLikeGeneratedCodeWork() throws ReflectiveOperationException {
    CompiledCatalog compiled = CompiledCatalog.compile(Catalogs.resource("good/names/AccountErrors.java"));
    CatalogRuntime accounts = new CatalogRuntime(compiled, "names.Account");

    Object closed = compiled.create("names.AccountClosedException", "fraud", "bye", "profile");
    assertThat(((Throwable) closed).getMessage()).isEqualTo("Closed because fraud: bye (profile)");
    assertThat(((Throwable) closed).getCause()).isNull();
    assertThat(compiled.call(closed, "cause")).isEqualTo("fraud");
    assertThat(compiled.call(closed, "message")).isEqualTo("bye");
    accounts.assertRoundTrip(closed, args("cause", "fraud", "message", "bye", "body", "profile"));
    IllegalStateException why = new IllegalStateException("disk");
    Object withCause = compiled.type("names.AccountClosedException")
        .getConstructor(String.class, String.class, String.class, Throwable.class)
        .newInstance("a", "b", "c", why);
    assertThat(((Throwable) withCause).getCause()).isSameInstanceAs(why);
    assertThat(compiled.call(withCause, "cause")).isEqualTo("a");

    accounts.assertRoundTrip(compiled.create("names.BadLimitsException", 1, 2L, 3.5, true, 4),
        args("texts", 1, "arguments2", 2L, "status2", 3.5, "value", true, "result", 4));
  }

  @Test
  void aPlaceholderUsedTwiceReadsBackOnlyWhenBothPlacesAgree() {
    CompiledCatalog compiled = CompiledCatalog.compile(Catalogs.resource("good/names/AccountErrors.java"));
    CatalogRuntime accounts = new CatalogRuntime(compiled, "names.Account");
    Object locked = compiled.create("names.AccountLockedException", "a-7");
    assertThat(((Throwable) locked).getMessage()).isEqualTo("Account a-7 is locked; unlock a-7 first");
    accounts.assertRoundTrip(locked, args("id", "a-7"));

    Object disagreeing = accounts.decode(409,
        "{\"type\":\"ACCOUNT_LOCKED\",\"detail\":\"Account a-7 is locked; unlock b-8 first\"}");
    assertThat(disagreeing.getClass().getName()).isEqualTo("names.AccountLockedException");
    assertThat(compiled.call(disagreeing, "detail")).isEqualTo("Account a-7 is locked; unlock b-8 first");
    assertThat(compiled.call(disagreeing, "arguments")).isEqualTo(args("id", null));
  }

  @Test
  void textThatNeedsEscapingIsCarriedExactly() throws Exception {
    CompiledCatalog compiled = CompiledCatalog.compile(Catalogs.resource("good/text/TextErrors.java"));
    CatalogRuntime text = new CatalogRuntime(compiled, "text.Text");
    Object odd = compiled.create("text.OddValueException", "na\"me$ 😀", 5);
    assertThat(compiled.call(odd, "title"))
        .isEqualTo("Bad $1 %s \\ \" ' <b>x</b> 😀 𝄞 \u2028 \u2029 \t tab");
    assertThat(compiled.call(odd, "detail"))
        .isEqualTo("Value {braces} $name %n \\n \"na\"me$ 😀\" \u0000 😀 5 </script>.");
    Object decoded = text.assertRoundTrip(odd, args("name", "na\"me$ 😀", "count", 5));
    // Jackson's own reader sees the same strings the catalog declared.
    JsonNode body = JSON.readTree(text.json(decoded));
    assertThat(body.get("title").asText()).isEqualTo(compiled.call(odd, "title"));
    assertThat(body.get("detail").asText()).isEqualTo(compiled.call(odd, "detail"));

    Object comment = compiled.create("text.OddCommentException");
    assertThat(compiled.call(comment, "title")).isEqualTo("*/ end of comment \uD800 alone");
    assertThat(compiled.call(comment, "see")).isEqualTo("https://text.example.com/errors/odd?x=$y&z=%7B");
    assertThat(compiled.type("text.TextErrorLinks").getField("INDEX").get(null))
        .isEqualTo("https://text.example.com/errors?lang=en&v=%20");
  }

  @Test
  void aCatalogInTheUnnamedPackageWorks() throws ReflectiveOperationException {
    CompiledCatalog compiled = CompiledCatalog.compile(Catalogs.resource("good/UnnamedErrors.java"));
    CatalogRuntime unnamed = new CatalogRuntime(compiled, "Unnamed");
    Object missing = compiled.create("NoSuchFileException", "/tmp/x");
    assertThat(missing.getClass().getPackageName()).isEmpty();
    unnamed.assertRoundTrip(missing, args("path", "/tmp/x"));
    assertThat(compiled.type("UnnamedErrorLinks").getField("NO_SUCH_FILE").get(null))
        .isEqualTo("https://tool.example.com/errors#NO_SUCH_FILE");
  }
}
