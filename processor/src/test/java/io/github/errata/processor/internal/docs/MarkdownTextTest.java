package io.github.errata.processor.internal.docs;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Javadoc becomes Markdown with nothing of its tags or HTML left on the page. */
class MarkdownTextTest {

  @Test
  void inlineTagsBecomeCodeOrText() {
    assertThat(MarkdownText.fromJavadoc("Use {@code stop_on_error: true} with {@link String}, "
            + "{@link java.util.Map#get(Object) the getter}, {@link #type} and {@literal a<b>}."))
        .isEqualTo("Use `stop_on_error: true` with `String`, the getter, `type` and a\\<b\\>.");
  }

  @Test
  void codeWithBackticksOrBracesStaysExact() {
    assertThat(MarkdownText.fromJavadoc("Run {@code a `b` {c}}.")).isEqualTo("Run ``a `b` {c}``.");
    assertThat(MarkdownText.code("`x`")).isEqualTo("`` `x` ``");
  }

  @Test
  void htmlBecomesMarkdownParagraphsListsAndEmphasis() {
    String javadoc = "Typically these are:\n<ul>\n<li>Invalid by the <b>schema</b>.</li>\n"
        + "<li>Bad <i>file</i> names, see <a href=\"https://x.example.com/a b\">the rules</a>.</li>\n"
        + "</ul>\n<p>Then <code>retry</code>.";
    assertThat(MarkdownText.fromJavadoc(javadoc)).isEqualTo("Typically these are:\n\n"
        + "- Invalid by the **schema**.\n"
        + "- Bad *file* names, see [the rules](https://x.example.com/a%20b).\n\n"
        + "Then `retry`.");
  }

  @Test
  void numberedAndNestedLists() {
    assertThat(MarkdownText.fromJavadoc("<ol><li>one<ul><li>inner</li></ul></li><li>two</li></ol>"))
        .isEqualTo("1. one\n\n  - inner\n\n1. two");
  }

  @Test
  void preformattedTextIsAFencedBlock() {
    assertThat(MarkdownText.fromJavadoc("Like this:\n<pre>\n{\"a\": 1 &lt; 2}\n</pre>\nDone."))
        .isEqualTo("Like this:\n\n```\n{\"a\": 1 < 2}\n```\n\nDone.");
  }

  @Test
  void entitiesAreDecodedAndMarkdownCharactersEscaped() {
    assertThat(MarkdownText.fromJavadoc("a &lt; b &amp;&amp; c &#64; d &#x41; *not bold* _x_ [y] #z"))
        .isEqualTo("a \\< b &amp;&amp; c @ d A \\*not bold\\* \\_x\\_ \\[y\\] \\#z");
  }

  @Test
  void unknownTagsAndUnclosedBracesDoNotLeakOrFail() {
    assertThat(MarkdownText.fromJavadoc("<span class=\"x\">kept</span> text {@unknown tag} {@code open"))
        .isEqualTo("kept text tag {@code open");
    assertThat(MarkdownText.fromJavadoc("")).isEmpty();
  }

  @Test
  void titlesAreEscapedOnOneLine() {
    assertThat(MarkdownText.escape("A | B\nC <b>")).isEqualTo("A \\| B C \\<b\\>");
  }

  @Test
  void aLinkToAMethodWithSeveralParametersKeepsItsSignature() {
    assertThat(MarkdownText.fromJavadoc("See {@link #fromType(String, int)} and "
            + "{@link Foo#bar(int, int) the bar}."))
        .isEqualTo("See `fromType(String, int)` and the bar.");
  }

  @Test
  void htmlCodeIsACodeSpanWithItsTextAsItIs() {
    assertThat(MarkdownText.fromJavadoc("Use <code>max_value</code> or <tt>a*b &lt; c</tt>."))
        .isEqualTo("Use `max_value` or `a*b < c`.");
  }
}
