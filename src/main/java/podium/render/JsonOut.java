package podium.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A JSON file's bytes, with a final line break. Jackson writes UTF-8 bytes itself: going through
 * {@code writeValueAsString} built each file as text, then a copy with the line break, then encoded it.
 */
public final class JsonOut {
  private JsonOut() {}

  public static byte[] bytes(ObjectMapper mapper, Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    write(mapper, value, out);
    return out.toByteArray();
  }

  /** The same bytes, written to {@code out}. */
  public static void write(ObjectMapper mapper, Object value, OutputStream out) {
    try {
      mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
      out.write('\n');
    } catch (IOException e) {
      throw new IllegalStateException("records, strings, lists and JSON trees always serialize", e);
    }
  }
}
