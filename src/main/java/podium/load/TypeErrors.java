package podium.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import podium.model.Localized;

/**
 * Every value of a document that does not fit its type, and every unknown key, found once binding the whole
 * document failed: Jackson stops at the first bad value, and an editor should see all of them at once. The
 * document is walked along its type; each value that is not a list, mapping or record of ours is bound on its
 * own by the same mapper, so what counts as a whole number or as a list written as one value stays Jackson's
 * rule. The walk only runs after a failure, so a valid file is bound once, as before.
 */
final class TypeErrors {
  private final ObjectMapper mapper;

  TypeErrors(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** What the walk found: a value that failed (its path leads to it), or a key the record does not have. */
  interface Found {
    void badValue(JsonMappingException failure);

    void unknownKey(String pointer, String key, List<String> known);
  }

  /** Walks {@code document} as {@code type}, telling {@code found} each problem; true if there was one. */
  boolean walk(JsonNode document, JavaType type, Found found) {
    boolean[] any = new boolean[1];
    Found counting = new Found() {
      @Override
      public void badValue(JsonMappingException failure) {
        any[0] = true;
        found.badValue(failure);
      }

      @Override
      public void unknownKey(String pointer, String key, List<String> known) {
        any[0] = true;
        found.unknownKey(pointer, key, known);
      }
    };
    walk(document, type, new ArrayDeque<>(), counting);
    return any[0];
  }

  private void walk(JsonNode node, JavaType type, Deque<JsonMappingException.Reference> path, Found found) {
    // Localized is a record too, but read by its own deserializer, as one value
    if (type.isRecordType() && !type.hasRawClass(Localized.class) && node.isObject()) {
      record(node, type, path, found);
    } else if (type.isCollectionLikeType() && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        inside(new JsonMappingException.Reference(null, i), path,
            () -> walk(element, type.getContentType(), path, found));
      }
    } else if (type.isMapLikeType() && node.isObject()) {
      node.fields().forEachRemaining(field -> inside(new JsonMappingException.Reference(null, field.getKey()), path,
          () -> walk(field.getValue(), type.getContentType(), path, found)));
    } else {
      bindAlone(node, type, path, found);
    }
  }

  private void record(JsonNode node, JavaType type, Deque<JsonMappingException.Reference> path, Found found) {
    List<BeanPropertyDefinition> properties = mapper.getDeserializationConfig().introspect(type).findProperties();
    List<String> known = properties.stream().map(BeanPropertyDefinition::getName).sorted().toList();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      BeanPropertyDefinition property = properties.stream()
          .filter(candidate -> candidate.getName().equals(field.getKey())).findFirst().orElse(null);
      inside(new JsonMappingException.Reference(null, field.getKey()), path, () -> {
        if (property == null) {
          found.unknownKey(pointer(path), field.getKey(), known);
        } else {
          walk(field.getValue(), property.getPrimaryType(), path, found);
        }
      });
    }
  }

  /** A text, number, flag, {@link Localized} text, or a value of the wrong shape, bound by itself. */
  private void bindAlone(JsonNode node, JavaType type, Deque<JsonMappingException.Reference> path, Found found) {
    try {
      mapper.readerFor(type).readValue(node);
    } catch (IOException e) {
      // a number out of range fails in the parser, before a mapping exception could say where
      JsonMappingException failure = e instanceof JsonMappingException mapping ? mapping
          : new JsonMappingException(null, e instanceof JsonProcessingException processing
              ? processing.getOriginalMessage() : e.getMessage(), e);
      path.descendingIterator().forEachRemaining(failure::prependPath);
      found.badValue(failure);
    }
  }

  private static void inside(JsonMappingException.Reference step, Deque<JsonMappingException.Reference> path,
      Runnable work) {
    path.addLast(step);
    try {
      work.run();
    } finally {
      path.removeLast();
    }
  }

  private static String pointer(Deque<JsonMappingException.Reference> path) {
    return YamlErrors.pointerOf(List.copyOf(path), path.size());
  }
}
