package podium.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.model.Localized;

/** Turns Jackson's and SnakeYAML's exceptions into messages an editor understands. */
final class YamlErrors {
  private YamlErrors() {}

  static void reportSyntax(JsonProcessingException e, String path, String text, int lineOffset,
      Problems problems) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        problems.error(path, new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1),
            "invalid YAML: " + marked.getProblem(), context(marked, lineOffset));
        return;
      }
      if (cause instanceof ReaderException unreadable) {
        // SnakeYAML checks characters as it reads ahead, before any position is set: its own index is exact.
        problems.error(path, positionOfCodePoint(text, unreadable.getPosition()).shiftedBy(lineOffset),
            "invalid YAML: " + unreadable.getMessage());
        return;
      }
    }
    String message = e.getOriginalMessage();
    if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
      // The exception points just past the repeated key (and its quotes); the parser still stands on the key.
      String key = message.substring("Duplicate field ".length()).replace("\"", "").replace("'", "");
      problems.error(path, position(parser.currentTokenLocation(), lineOffset), "duplicate key '" + key + "'",
          "each key may appear once");
      return;
    }
    problems.error(path, position(e.getLocation(), lineOffset), "invalid YAML: " + firstLine(message));
  }

  /** Jackson's "Numeric value (99999999999) out of range of int (-2147483648 - 2147483647)". */
  private static final Pattern OUT_OF_RANGE = Pattern.compile(
      "Numeric value \\((\\S+)\\) out of range of \\w+ \\((-?\\d+) - (-?\\d+)\\)");

  static void reportBinding(JsonProcessingException e, String path, String text, SourceMap positions,
      Problems problems) {
    if (!(e instanceof JsonMappingException mapping)) {
      reportSyntax(e, path, text, positions.lineOffset(), problems);
      return;
    }
    List<JsonMappingException.Reference> references = mapping.getPath();
    int list = singleValueForAList(references, positions);
    if (list >= 0) {
      // A single value stands for a list of one; when even that fails, the list is what the key wants.
      String key = keyOf(references.subList(0, list));
      problems.error(path, positions.at(pointerOf(references, list)),
          "invalid value" + (key == null ? "" : " for '" + key + "'") + ": expected " + describe(List.class));
      return;
    }
    String key = keyOf(references);
    String where = key == null ? "" : " for '" + key + "'";
    String message;
    Matcher range = e.getCause() instanceof InputCoercionException number
        ? OUT_OF_RANGE.matcher(number.getOriginalMessage()) : null;
    if (e instanceof InvalidFormatException invalid) {
      message = "invalid value '" + invalid.getValue() + "'" + where + ": expected "
          + describe(invalid.getTargetType());
    } else if (range != null && range.find()) {
      message = "invalid value '" + range.group(1) + "'" + where + ": expected a whole number from "
          + range.group(2) + " to " + range.group(3);
    } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      message = "invalid value" + where + ": expected " + describe(mismatched.getTargetType());
    } else {
      message = "invalid value" + where + ": " + firstLine(mapping.getOriginalMessage());
    }
    // Values are bound from the tokens of the first pass, which hold no locations: the path leads to the
    // position that pass recorded.
    problems.error(path, positions.at(pointerOf(references, references.size())), message);
  }

  /**
   * How many references of {@code path} lead to a value read as a list of one (a list may be written as a
   * single value), when reading it failed: the path then goes through an element the file does not have.
   * -1 when the failure is elsewhere.
   */
  private static int singleValueForAList(List<JsonMappingException.Reference> path, SourceMap positions) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).getIndex() >= 0 && !positions.has(pointerOf(path, i + 1))) {
        return positions.has(pointerOf(path, i)) ? i : -1;
      }
    }
    return -1;
  }

  static String pointerOf(List<JsonMappingException.Reference> path, int length) {
    JsonPointer pointer = JsonPointer.empty();
    for (JsonMappingException.Reference reference : path.subList(0, length)) {
      if (reference.getFieldName() != null) {
        pointer = pointer.appendProperty(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        pointer = pointer.appendIndex(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String keyOf(List<JsonMappingException.Reference> references) {
    for (int i = references.size() - 1; i >= 0; i--) {
      String name = references.get(i).getFieldName();
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  static String describe(Class<?> type) {
    if (type == String.class) {
      return "a text";
    }
    if (type == Localized.class) {
      return "a text, or a text per language";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys to values";
    }
    return type.getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static String context(MarkedYAMLException marked, int lineOffset) {
    Mark mark = marked.getContextMark();
    if (marked.getContext() == null || mark == null) {
      return null;
    }
    return marked.getContext() + " started at line " + (mark.getLine() + 1 + lineOffset) + ", column " + (mark.getColumn() + 1);
  }

  /** Line and column (in code points, as SnakeYAML counts) of the code point at {@code index} of {@code text}. */
  private static Position positionOfCodePoint(String text, int index) {
    int line = 1;
    int column = 1;
    int end = text.offsetByCodePoints(0, Math.min(index, text.codePointCount(0, text.length())));
    for (int i = 0; i < end; i = text.offsetByCodePoints(i, 1)) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  private static Position position(JsonLocation location, int lineOffset) {
    if (location == null) {
      return new Position(1 + lineOffset, 1);
    }
    return new Position(location.getLineNr() + lineOffset, location.getColumnNr());
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
