package io.github.errata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-back rule that the decoder applies and the processor checks examples with. */
class ArgumentKindTest {

  private static boolean reads(ArgumentKind kind, String text) {
    return kind.readsBack(text, List.of("EUR", "USD"));
  }

  @Test
  void aTextReadsBackOnlyWhereItsValueWritesTheSameText() {
    assertEquals(true, reads(ArgumentKind.STRING, " anything {} "));
    assertEquals(true, reads(ArgumentKind.INT, "-42"));
    assertEquals(false, reads(ArgumentKind.INT, "042"));
    assertEquals(false, reads(ArgumentKind.INT, "+42"));
    assertEquals(false, reads(ArgumentKind.INT, "2147483648"));
    assertEquals(true, reads(ArgumentKind.LONG, "2147483648"));
    assertEquals(true, reads(ArgumentKind.BOOLEAN, "false"));
    assertEquals(false, reads(ArgumentKind.BOOLEAN, "TRUE"));
    assertEquals(true, reads(ArgumentKind.DOUBLE, "0.5"));
    assertEquals(true, reads(ArgumentKind.DOUBLE, "1.0E10"));
    assertEquals(false, reads(ArgumentKind.DOUBLE, "1e10"));
    assertEquals(false, reads(ArgumentKind.DOUBLE, ".5"));
    assertEquals(true, reads(ArgumentKind.UUID, "c3d59ff0-ba4a-11e3-a567-001e6733fe3d"));
    assertEquals(false, reads(ArgumentKind.UUID, "C3D59FF0-BA4A-11E3-A567-001E6733FE3D"));
    assertEquals(true, reads(ArgumentKind.ENUM, "USD"));
    assertEquals(false, reads(ArgumentKind.ENUM, "usd"));
  }

  @Test
  void nullReadsBackForEveryKind() {
    for (ArgumentKind kind : ArgumentKind.values()) {
      assertEquals(true, reads(kind, "null"), kind.name());
    }
  }
}
