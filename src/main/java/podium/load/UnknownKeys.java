package podium.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import podium.diagnostic.Problems;

/**
 * Reports every unknown key of a document, with the nearest known key as a hint, and skips its value. The
 * problems are kept apart until the binding is over: when it fails, {@link TypeErrors} reports every problem of
 * the document, these included.
 */
final class UnknownKeys extends DeserializationProblemHandler {
  private final String path;
  private final SourceMap positions;
  private final Problems found = new Problems();

  UnknownKeys(String path, SourceMap positions) {
    this.path = path;
    this.positions = positions;
  }

  /** The unknown keys found, to be reported; empty if none. */
  Problems found() {
    return found;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
      JsonDeserializer<?> deserializer, Object beanOrClass, String key) throws IOException {
    // Records are read through a buffer whose locations are lost; the pointer survives, and the first pass
    // over the text recorded where each key stands.
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
    report(path, positions, pointer, key, known.stream().map(Object::toString).sorted().toList(), found);
    parser.skipChildren();
    return true;
  }

  /** An unknown {@code key} at {@code pointer}, reported where the key is written. */
  static void report(String path, SourceMap positions, String pointer, String key, List<String> known,
      Problems problems) {
    problems.error(path, positions.keyAt(pointer), "unknown key '" + key + "'", Suggestions.hint(key, known));
  }
}
