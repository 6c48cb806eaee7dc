package podium.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * A JSON file read into maps, lists and scalars, with the line and column where each object and array starts,
 * so that what cannot be imported is reported where it is. Nesting is limited (a schedule nests about eight).
 */
final class JsonTree {
  static final int MAX_DEPTH = 32;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

  private final Map<Object, Position> positions = new IdentityHashMap<>();
  private final Object root;

  private JsonTree(Object root) {
    this.root = root;
  }

  Object root() {
    return root;
  }

  /** Where an object or array of this tree starts. */
  Position at(Object node) {
    return positions.getOrDefault(node, Position.START);
  }

  /** The tree, or null when the text is not JSON (reported where the parser stopped). */
  static JsonTree parse(String text, String shown, Problems problems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonTree tree = new JsonTree(null);
      parser.nextToken();
      Object root = tree.value(parser);
      if (parser.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "more than one JSON value in the file");
      }
      JsonTree done = new JsonTree(root);
      done.positions.putAll(tree.positions);
      return done;
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      problems.error(shown, Position.START, "arrays and objects are nested more than " + MAX_DEPTH + " deep",
          "a schedule nests about eight");
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      Position at = where == null ? Position.START : new Position(where.getLineNr(), where.getColumnNr());
      problems.error(shown, at, "not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ").strip(), null);
    } catch (IOException e) {
      problems.error(shown, Position.START, "cannot read the JSON", null);
    }
    return null;
  }

  private Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    Position at = new Position(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr());
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        positions.put(object, at);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.put(key, value(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        positions.put(array, at);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getText();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      default -> {
        return null;
      }
    }
  }

  /** The object at {@code key} of {@code object}, or an empty one. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object object, String key) {
    Object value = object instanceof Map<?, ?> map ? map.get(key) : null;
    return value instanceof Map<?, ?> found ? (Map<String, Object>) found : Map.of();
  }

  /** The array at {@code key} of {@code object}, or an empty one. */
  @SuppressWarnings("unchecked")
  static List<Object> array(Object object, String key) {
    Object value = object instanceof Map<?, ?> map ? map.get(key) : null;
    return value instanceof List<?> found ? (List<Object>) found : List.of();
  }

  /** The text (or number, as written) at {@code key}; null when absent, null or blank. */
  static String text(Object object, String key) {
    Object value = object instanceof Map<?, ?> map ? map.get(key) : null;
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
