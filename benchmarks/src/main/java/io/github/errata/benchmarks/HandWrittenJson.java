package io.github.errata.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.github.errata.sample.JourneyException;
import java.io.IOException;

/**
 * The hand-written baselines: what a careful author writes with jackson-core alone. The writer
 * uses member names encoded once; the reader is one loop over the members and the same switch as
 * the databind baseline.
 */
final class HandWrittenJson {

  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString DETAIL = new SerializedString("detail");
  private static final SerializedString SEE = new SerializedString("see");

  private HandWrittenJson() {}

  /**
   * The body of an exception, written member by member; {@code see} left out when null. The
   * buffer comes from the factory's recycler, as {@code ObjectMapper.writeValueAsBytes} does it.
   */
  static byte[] write(JsonFactory factory, JourneyException exception) throws IOException {
    try (ByteArrayBuilder out = new ByteArrayBuilder(factory._getBufferRecycler())) {
      try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
        generator.writeStartObject();
        generator.writeFieldName(TYPE);
        generator.writeString(exception.type());
        generator.writeFieldName(TITLE);
        generator.writeString(exception.title());
        generator.writeFieldName(DETAIL);
        generator.writeString(exception.detail());
        if (exception.see() != null) {
          generator.writeFieldName(SEE);
          generator.writeString(exception.see());
        }
        generator.writeEndObject();
      }
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    }
  }

  /** The client's exception for a body: the four members read in one pass, then a switch on type. */
  static HandWrittenApiException read(JsonFactory factory, int status, byte[] body) throws IOException {
    String type = null;
    String title = null;
    String detail = null;
    String see = null;
    try (JsonParser parser = factory.createParser(body)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        String name;
        while ((name = parser.nextFieldName()) != null) {
          String value = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
          parser.skipChildren();
          switch (name) {
            case "type" -> type = value;
            case "title" -> title = value;
            case "detail" -> detail = value;
            case "see" -> see = value;
            default -> { } // an extension: a hand-written client ignores it
          }
        }
      }
    }
    return HandWrittenApiException.of(status, type, title, detail, see);
  }
}
