package io.github.errata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.errata.runtime.internal.DetailTemplate.Literal;
import io.github.errata.runtime.internal.DetailTemplate.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates parse as the processor always parsed them, and split a detail back only one way. */
class DetailTemplateTest {

  @Test
  void placeholdersAndDoubledBraces() {
    DetailTemplate template = DetailTemplate.parse("No {objectType} found with ID: '{id}' {{x}}");
    assertEquals(List.of(new Literal("No "), new Placeholder("objectType"),
        new Literal(" found with ID: '"), new Placeholder("id"), new Literal("' {x}")),
        template.segments());
    assertEquals(List.of("No ", " found with ID: '", "' {x}"), template.literals());
    assertEquals(List.of("objectType", "id"), template.placeholders());
    assertFalse(template.hasAdjacentPlaceholders());
    assertEquals("No {objectType} found with ID: '{id}' {{x}}", template.toString());
  }

  @Test
  void edgeShapes() {
    assertEquals(List.of(new Literal("")), DetailTemplate.parse("").segments());
    assertEquals(List.of(new Placeholder("a")), DetailTemplate.parse("{a}").segments());
    assertEquals(List.of("", ""), DetailTemplate.parse("{a}").literals());
    assertTrue(DetailTemplate.parse("{a}{b}").hasAdjacentPlaceholders());
    assertEquals(List.of("a", "a"), DetailTemplate.parse("{a} and {a}").placeholders());
    assertEquals(List.of(new Literal("{a}")), DetailTemplate.literal("{a}").segments());
    assertEquals(List.of(new Placeholder("\u00e9t\u00e9"), new Placeholder("$x_1")),
        DetailTemplate.parse("{\u00e9t\u00e9}{$x_1}").segments());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a } b | has a '}' at index 2 that closes no placeholder",
      "a { b | has a '{' at index 2 that is never closed",
      "{} | has a placeholder {} at index 0 that is not a parameter name",
      "x{1a} | has a placeholder {1a} at index 1 that is not a parameter name",
      "{a b} | has a placeholder {a b} at index 0 that is not a parameter name",
      "{class} | has a placeholder {class} at index 0 that is not a parameter name",
      "{null} | has a placeholder {null} at index 0 that is not a parameter name",
      "{_} | has a placeholder {_} at index 0 that is not a parameter name",
      "{{a} | has a '}' at index 3 that closes no placeholder"})
  void mistakesAreRefusedWithTheProcessorsMessages(String template, String message) {
    assertEquals(message,
        assertThrows(IllegalArgumentException.class, () -> DetailTemplate.parse(template)).getMessage());
  }

  @Test
  void aDetailSplitsBackWhereItFitsOneWay() {
    DetailTemplate template = DetailTemplate.parse("No {objectType} found with ID: '{id}'");
    assertArrayEquals(new String[] {"task", "42"}, template.split("No task found with ID: '42'"));
    assertArrayEquals(new String[] {"", ""}, template.split("No  found with ID: ''"));
    assertArrayEquals(new String[] {"a' b", "c'"}, template.split("No a' b found with ID: 'c''"));
    assertNull(template.split("No task found with ID: 42"));
    assertNull(template.split(null));
    assertNull(template.split("No "));
    // The middle literal twice: two readings, so none.
    assertNull(template.split("No x found with ID: ' found with ID: 'y'"));
  }

  @Test
  void adjacentPlaceholdersNeverSplitButAFixedTemplateMatchesItself() {
    assertNull(DetailTemplate.parse("{a}{b}").split("xy"));
    assertArrayEquals(new String[] {"xy"}, DetailTemplate.parse("{a}").split("xy"));
    assertArrayEquals(new String[0], DetailTemplate.parse("fixed").split("fixed"));
    assertNull(DetailTemplate.parse("fixed").split("other"));
  }

  /** Against a slow, plainly right search for every reading, on random details. */
  @Test
  void splitsExactlyWhereThereIsOneReading() {
    Random random = new Random(7);
    List<String> templates = List.of("{a}-{b}", "x{a}x{b}x", "{a}--{b}-{c}", "<{a}>", "{a}ab{b}ba{c}");
    for (String text : templates) {
      DetailTemplate template = DetailTemplate.parse(text);
      for (int round = 0; round < 5000; round++) {
        StringBuilder detail = new StringBuilder();
        for (int i = random.nextInt(10); i > 0; i--) {
          detail.append("-xab<>".charAt(random.nextInt(6)));
        }
        List<List<String>> readings = readings(template.literals(), detail.toString());
        String[] split = template.split(detail.toString());
        if (readings.size() == 1) {
          assertEquals(readings.get(0), List.of(split), text + " / " + detail);
        } else {
          assertNull(split, text + " / " + detail);
        }
      }
    }
  }

  private static List<List<String>> readings(List<String> literals, String text) {
    List<List<String>> found = new ArrayList<>();
    if (text.startsWith(literals.get(0))) {
      read(text, literals, 1, literals.get(0).length(), new ArrayList<>(), found);
    }
    return found;
  }

  private static void read(String text, List<String> literals, int next, int from, List<String> texts,
      List<List<String>> found) {
    String literal = literals.get(next);
    if (next == literals.size() - 1) {
      int at = text.length() - literal.length();
      if (at >= from && text.endsWith(literal)) {
        List<String> reading = new ArrayList<>(texts);
        reading.add(text.substring(from, at));
        found.add(reading);
      }
      return;
    }
    for (int at = from; at + literal.length() <= text.length(); at++) {
      if (text.startsWith(literal, at)) {
        texts.add(text.substring(from, at));
        read(text, literals, next + 1, at + literal.length(), texts, found);
        texts.remove(texts.size() - 1);
      }
    }
  }
}
