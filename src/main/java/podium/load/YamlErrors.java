package podium.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.model.Localized;

/** Turns Jackson's and SnakeYAML's exceptions into messages an editor understands. */
final class YamlErrors {
  private YamlErrors() {}

  static void reportSyntax(JsonProcessingException e, String path, int lineOffset, Problems problems) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark mark = marked.getProblemMark();
        problems.error(path, new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1),
            "invalid YAML: " + marked.getProblem(), context(marked, lineOffset));
        return;
      }
    }
    String message = e.getOriginalMessage();
    if (message.startsWith("Duplicate field")) {
      String key = message.substring("Duplicate field ".length()).replace("\"", "").replace("'", "");
      // Jackson points just past the repeated key; editors want its first character.
      Position after = position(e.getLocation(), lineOffset);
      problems.error(path, new Position(after.line(), after.column() - key.length()), "duplicate key '" + key + "'",
          "each key may appear once");
      return;
    }
    problems.error(path, position(e.getLocation(), lineOffset), "invalid YAML: " + firstLine(message));
  }

  static void reportBinding(JsonProcessingException e, String path, int lineOffset, Problems problems) {
    if (!(e instanceof JsonMappingException mapping)) {
      reportSyntax(e, path, lineOffset, problems);
      return;
    }
    String key = keyOf(mapping.getPath());
    String where = key == null ? "" : " for '" + key + "'";
    String message;
    if (e instanceof InvalidFormatException invalid) {
      message = "invalid value '" + invalid.getValue() + "'" + where + ": expected "
          + describe(invalid.getTargetType());
    } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      message = "invalid value" + where + ": expected " + describe(mismatched.getTargetType());
    } else {
      message = "invalid value" + where + ": " + firstLine(mapping.getOriginalMessage());
    }
    problems.error(path, position(e.getLocation(), lineOffset), message);
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
