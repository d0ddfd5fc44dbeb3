package io.github.errata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import io.github.errata.runtime.internal.DetailTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The runtime's {@code DetailTemplate.split}, which generated code relies on to match a received
 * detail back to its arguments, against a brute-force oracle that tries every way to split
 * a detail: it must return the one reading where there is exactly one, and null otherwise.
 * Short strings over a two-letter alphabet make overlapping and empty literals common.
 */
class SplitDetailTest {

  @Test
  void agreesWithEveryWayToSplit() {
    Random random = new Random(20261124);
    int unique = 0;
    for (int run = 0; run < 50_000; run++) {
      String[] literals = new String[1 + 1 + random.nextInt(3)];
      for (int i = 0; i < literals.length; i++) {
        literals[i] = word(random, random.nextInt(3));
      }
      String detail = random.nextBoolean()
          ? word(random, random.nextInt(9))
          : fill(literals, random);
      List<String[]> readings = new ArrayList<>();
      split(detail, literals, 0, literals[0].length(), new String[literals.length - 1], readings);
      String[] expected = readings.size() == 1 && detail.startsWith(literals[0]) ? readings.get(0) : null;
      String[] actual = template(literals).split(detail);
      assertWithMessage("detail %s, literals %s", detail, Arrays.toString(literals))
          .that(actual).isEqualTo(expected);
      unique += expected == null ? 0 : 1;
    }
    assertWithMessage("cases with exactly one reading").that(unique).isGreaterThan(5_000);
  }

  /** The template of these literals with a placeholder between each two. */
  private static DetailTemplate template(String[] literals) {
    StringBuilder template = new StringBuilder(literals[0]);
    for (int i = 1; i < literals.length; i++) {
      template.append("{p").append(i).append('}').append(literals[i]);
    }
    return DetailTemplate.parse(template.toString());
  }

  /** Every reading: the text of placeholder {@code index} starts at {@code from}. */
  private static void split(String detail, String[] literals, int index, int from, String[] texts,
      List<String[]> readings) {
    if (!detail.startsWith(literals[0])) {
      return;
    }
    if (index == texts.length - 1) {
      String last = literals[literals.length - 1];
      if (detail.length() - last.length() >= from && detail.endsWith(last)) {
        texts[index] = detail.substring(from, detail.length() - last.length());
        readings.add(texts.clone());
      }
      return;
    }
    String next = literals[index + 1];
    for (int end = from; end + next.length() <= detail.length(); end++) {
      if (detail.startsWith(next, end)) {
        texts[index] = detail.substring(from, end);
        split(detail, literals, index + 1, end + next.length(), texts, readings);
      }
    }
  }

  private static String fill(String[] literals, Random random) {
    StringBuilder detail = new StringBuilder(literals[0]);
    for (int i = 1; i < literals.length; i++) {
      detail.append(word(random, random.nextInt(4))).append(literals[i]);
    }
    return detail.toString();
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(random.nextBoolean() ? 'a' : 'b');
    }
    return word.toString();
  }
}
