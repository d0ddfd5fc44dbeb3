package io.github.errata.processor.internal.docs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Javadoc a catalog is written with into Markdown for the generated documentation:
 * inline tags become code spans or text, HTML becomes Markdown where it has an equivalent
 * (paragraphs, lists, emphasis, code, links, preformatted blocks) and is dropped where it has none,
 * so no tag leaks onto the page. Plain text is escaped.
 */
final class MarkdownText {

  private static final Pattern HTML_TAG =
      Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)/?>", Pattern.DOTALL);
  private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
  private static final Map<String, String> NAMED_ENTITIES = Map.of(
      "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ");

  private final StringBuilder out = new StringBuilder();
  /** Open lists: true for a numbered one. */
  private final Deque<Boolean> lists = new ArrayDeque<>();
  private String linkTarget;
  /** The text of an open {@code <code>} element, or null outside one. */
  private StringBuilder code;
  private boolean preformatted;

  private MarkdownText() {}

  /** Javadoc text (a description, without block tags) as Markdown paragraphs. */
  static String fromJavadoc(String javadoc) {
    MarkdownText markdown = new MarkdownText();
    markdown.convert(javadoc);
    return tidy(markdown.out.toString());
  }

  /** Plain text (a title, a detail) escaped so Markdown shows it as it is, on one line. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        escaped.append(' ');
      } else if (c == '&') {
        escaped.append("&amp;");
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** A code span that shows {@code code} exactly, whatever backticks it holds. */
  static String code(String code) {
    String flat = code.replaceAll("\\s+", " ");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return fence + pad + flat + pad + fence;
  }

  private void convert(String javadoc) {
    int i = 0;
    while (i < javadoc.length()) {
      char c = javadoc.charAt(i);
      if (c == '{' && javadoc.startsWith("{@", i)) {
        int end = closingBrace(javadoc, i);
        if (end > 0) {
          inlineTag(javadoc.substring(i + 2, end));
          i = end + 1;
          continue;
        }
      }
      if (c == '<') {
        Matcher tag = HTML_TAG.matcher(javadoc).region(i, javadoc.length());
        if (tag.lookingAt()) {
          htmlTag(tag.group(1).isEmpty(), tag.group(2).toLowerCase(Locale.ROOT), tag.group(3));
          i = tag.end();
          continue;
        }
      }
      if (c == '&') {
        Matcher entity = ENTITY.matcher(javadoc).region(i, javadoc.length());
        if (entity.lookingAt()) {
          text(decode(entity.group(1)));
          i = entity.end();
          continue;
        }
      }
      text(String.valueOf(c));
      i++;
    }
  }

  /** The index of the brace that closes the inline tag opened at {@code start}, or -1. */
  private static int closingBrace(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private void inlineTag(String tag) {
    String[] parts = tag.split("\\s+", 2);
    String name = parts[0];
    String content = parts.length > 1 ? parts[1].strip() : "";
    switch (name) {
      case "code", "value" -> {
        if (code != null || preformatted) {
          text(content);
        } else {
          raw(code(content));
        }
      }
      case "literal" -> text(content);
      case "link", "linkplain" -> {
        int end = referenceEnd(content);
        String label = content.substring(end).strip();
        if (!label.isEmpty()) {
          text(label);
        } else {
          String reference = content.startsWith("#") ? content.substring(1) : content;
          raw(code(reference.replace('#', '.')));
        }
      }
      case "inheritDoc", "docRoot" -> { }
      default -> text(content);
    }
  }

  /** Where a {@code {@link}} reference ends: at the first space outside its parameter list. */
  private static int referenceEnd(String content) {
    int depth = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (Character.isWhitespace(c) && depth == 0) {
        return i;
      }
    }
    return content.length();
  }

  private void htmlTag(boolean opening, String name, String attributes) {
    if (preformatted && !name.equals("pre")) {
      return;
    }
    switch (name) {
      case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "tr", "dl" ->
          raw("\n\n");
      case "br" -> raw("\n");
      case "ul", "ol" -> {
        if (opening) {
          lists.push(name.equals("ol"));
        } else if (!lists.isEmpty()) {
          lists.pop();
        }
        raw("\n\n");
      }
      case "li", "dt", "dd" -> {
        if (opening) {
          boolean numbered = !lists.isEmpty() && lists.peek();
          raw("\n" + "  ".repeat(Math.max(0, lists.size() - 1)) + (numbered ? "1. " : "- "));
        }
      }
      case "b", "strong" -> raw("**");
      case "i", "em" -> raw("*");
      case "code", "tt" -> {
        // The text inside is code: kept as it is, and made a span once it is all read.
        if (opening) {
          code = new StringBuilder();
        } else if (code != null) {
          String inside = code.toString();
          code = null;
          raw(code(inside));
        }
      }
      case "a" -> {
        Matcher href = HREF.matcher(attributes);
        if (opening && href.find()) {
          linkTarget = href.group(1);
          raw("[");
        } else if (!opening && linkTarget != null) {
          raw("](" + linkTarget.replace(")", "%29").replace(" ", "%20") + ")");
          linkTarget = null;
        }
      }
      case "pre" -> {
        preformatted = opening;
        raw(opening ? "\n\n```\n" : "\n```\n\n");
      }
      default -> { }
    }
  }

  private void text(String text) {
    if (code != null) {
      code.append(text);
    } else if (preformatted) {
      out.append(text);
    } else {
      out.append(escape(text.replace('\n', ' ')).replace("\\|", "|"));
    }
  }

  private void raw(String markdown) {
    if (code == null) {
      out.append(markdown); // inside <code>, markup has no meaning
    }
  }

  private static String decode(String entity) {
    if (entity.startsWith("#")) {
      boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
      int code = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "\uFFFD";
    }
    return NAMED_ENTITIES.getOrDefault(entity, "&" + entity + ";");
  }

  /**
   * Collapses runs of spaces, trims each line outside code blocks, keeps one blank line at most,
   * and none at the edges of a code block.
   */
  private static String tidy(String markdown) {
    StringBuilder out = new StringBuilder();
    boolean fenced = false;
    boolean opened = false;
    int blank = 0;
    for (String line : markdown.split("\n", -1)) {
      boolean fence = line.equals("```");
      if (fence && fenced) {
        blank = 0; // no blank line before the closing fence
      }
      String tidied = fenced || fence ? line : tidyLine(line);
      if (tidied.isBlank() && !fence) {
        blank += opened ? 0 : 1; // nor after the opening one
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      blank = 0;
      out.append(tidied);
      opened = fence && !fenced;
      fenced ^= fence;
    }
    return out.toString();
  }

  private static String tidyLine(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    String body = line.substring(indent).replaceAll(" {2,}", " ").stripTrailing();
    // Only a nested list item keeps its indentation.
    boolean item = body.startsWith("- ") || body.startsWith("1. ");
    return (item ? line.substring(0, indent) : "") + body;
  }
}
