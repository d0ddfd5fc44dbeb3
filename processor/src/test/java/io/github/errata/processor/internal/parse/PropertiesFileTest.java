package io.github.errata.processor.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The properties reader: the same entries as java.util.Properties, with their lines; strict UTF-8. */
class PropertiesFileTest {

  @Test
  void readsWhatPropertiesReadsOnRandomTextsOfItsTrickyCharacters() throws IOException {
    String alphabet = "ab=: \t\f\\\\\\\n\r#!uU0F9éx{}";
    long seed = Long.getLong("errata.properties.seed", 18L);
    Random random = new Random(seed);
    int malformed = 0;
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String input = text.toString();
      Properties expected = new Properties();
      boolean refused = false;
      try {
        expected.load(new StringReader(input));
      } catch (IllegalArgumentException e) {
        refused = true;
      }
      if (refused) {
        malformed++;
        assertThrows(PropertiesFile.Malformed.class, () -> PropertiesFile.entries(input),
            () -> "seed " + seed + ": " + escape(input));
        continue;
      }
      Map<String, String> actual = new HashMap<>();
      try {
        for (PropertiesFile.Entry entry : PropertiesFile.entries(input)) {
          actual.put(entry.key(), entry.value());
        }
      } catch (PropertiesFile.Malformed e) {
        throw new AssertionError("seed " + seed + ": refused " + escape(input), e);
      }
      Map<String, String> wanted = new HashMap<>();
      expected.forEach((k, v) -> wanted.put((String) k, (String) v));
      assertEquals(wanted, actual, () -> "seed " + seed + ": " + escape(input));
    }
    assertTrue(malformed > 0, "some texts had a malformed escape");
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t").replace("\f", "\\f");
  }

  @Test
  void eachEntryKeepsTheLineItStartsOn() throws Exception {
    List<PropertiesFile.Entry> entries = PropertiesFile.entries(
        "# comment\r\n\r\nA.title = one \\\n   two\nB.title:x\rC.detail  y\\\\\n! end\n  D.title\n");
    assertEquals(List.of(new PropertiesFile.Entry("A.title", "one two", 3),
        new PropertiesFile.Entry("B.title", "x", 5),
        new PropertiesFile.Entry("C.detail", "y\\", 6),
        new PropertiesFile.Entry("D.title", "", 8)), entries);
  }

  @Test
  void invalidUtf8IsRefusedWithItsLineAndAByteOrderMarkIsSkipped() throws Exception {
    byte[] bad = {'a', '=', 'b', '\n', 'c', '=', (byte) 0xC3, '(', '\n'};
    PropertiesFile.Malformed e = assertThrows(PropertiesFile.Malformed.class,
        () -> PropertiesFile.parse(bad));
    assertTrue(e.encoding);
    assertEquals(2, e.line);
    byte[] overlong = {'a', '=', (byte) 0xC0, (byte) 0xAF};
    assertTrue(assertThrows(PropertiesFile.Malformed.class,
        () -> PropertiesFile.parse(overlong)).encoding);
    assertEquals(List.of(new PropertiesFile.Entry("a", "ä", 1)),
        PropertiesFile.parse("\uFEFFa=ä".getBytes(StandardCharsets.UTF_8)));
  }
}
