package text;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/**
 * Errors whose text is full of what breaks generators: <b>HTML</b>, {@code code}, {@link String},
 * $dollar, %s percent, back\slash, "quotes", *&#47; (a comment end), emoji 😀 and 𝄞.
 *
 * @see String
 */
@ErrorCatalog(docs = "https://text.example.com/errors?lang=en&v=%20")
public interface TextErrors {

  /**
   * Text with $1 %d \n "q" 'a' <script>alert(1)</script>, {@code a < b}, {@link java.util.List},
   * &amp;, 😀, a line separator (\u2028) and a comment end written as *&#47;.
   *
   * @param name the <i>name</i>, with $ and % and {@code x}
   * @param count a number {@literal <n>}
   */
  @ApiError(status = 400, title = "Bad $1 %s \\ \" ' <b>x</b> 😀 𝄞 \u2028 \u2029 \t tab",
      detail = "Value {{braces}} $name %n \\n \"{name}\" \u0000 😀 {count} </script>.")
  void oddValue(String name, int count);

  /** A title that would end a comment, a lone surrogate, and a link with a query. */
  @ApiError(status = 500, title = "*/ end of comment \uD800 alone",
      see = "https://text.example.com/errors/odd?x=$y&z=%7B")
  void oddComment();
}
