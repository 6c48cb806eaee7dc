package podium.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import podium.diagnostic.Problems;

/** Reports every unknown key of a document, with the nearest known key as a hint, and skips its value. */
final class UnknownKeys extends DeserializationProblemHandler {
  private final String path;
  private final SourceMap positions;
  private final Problems problems;
  private boolean found;

  UnknownKeys(String path, SourceMap positions, Problems problems) {
    this.path = path;
    this.positions = positions;
    this.problems = problems;
  }

  boolean found() {
    return found;
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
      JsonDeserializer<?> deserializer, Object beanOrClass, String key) throws IOException {
    found = true;
    // Records are read through a buffer whose locations are lost; the pointer survives, and the first pass
    // over the text recorded where each key stands.
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
    List<String> names = known.stream().map(Object::toString).sorted().toList();
    problems.error(path, positions.keyAt(pointer), "unknown key '" + key + "'", Suggestions.hint(key, names));
    parser.skipChildren();
    return true;
  }
}
