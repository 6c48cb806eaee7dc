package podium.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import podium.diagnostic.Position;
import podium.rules.ControlCharacters;

/**
 * The one parse of a YAML text: its tokens, kept for binding, where each key and value starts, where a second
 * document begins, if the text holds one, and where the text nests deeper than {@link #MAX_DEPTH}, if it does
 * (the scan stops there). The pass also surfaces every syntax error, as exceptions. {@code secondDocument} and
 * {@code tooDeep} are null for a text of one document within the limit. {@code controlled} lists the keys and
 * texts whose value holds a control character (written as an escape: the raw text was checked before), where
 * they start.
 */
record SourceScan(TokenBuffer tokens, SourceMap positions, Position secondDocument, Position tooDeep,
    List<Scalar> controlled) {
  /**
   * How deeply mappings and lists may nest: the programme files need five levels; the limit keeps a hostile
   * file from making every later pass over the values recurse thousands of levels deep.
   */
  static final int MAX_DEPTH = 64;

  /** A key or text value and where it starts in the YAML text (not shifted by a front matter's offset). */
  record Scalar(Position start, String value) {}

  /** A document marker: three dashes at the start of a line, alone or followed by a blank. */
  private static final Pattern DOCUMENT_START = Pattern.compile("---(\\s.*)?");

  static SourceScan of(JsonFactory yaml, String text, int lineOffset) throws IOException {
    Map<String, Position> positions = new HashMap<>();
    Map<String, Position> keys = new HashMap<>();
    List<Scalar> controlled = new ArrayList<>();
    try (JsonParser parser = yaml.createParser(text)) {
      TokenBuffer tokens = new TokenBuffer(parser);
      int depth = 0;
      boolean rootRead = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        var location = parser.currentTokenLocation();
        Position at = new Position(location.getLineNr(), location.getColumnNr());
        if (rootRead) {
          // The binder reads the first document only: a second one would be dropped without a word.
          return new SourceScan(tokens, map(positions, keys, lineOffset),
              documentStartBefore(text, at).shiftedBy(lineOffset), null, controlled);
        }
        if (token.isStructStart() && depth == MAX_DEPTH) {
          return new SourceScan(tokens, map(positions, keys, lineOffset), null, at.shiftedBy(lineOffset), controlled);
        }
        if (token.isStructEnd()) {
          depth--;
        } else {
          (token == JsonToken.FIELD_NAME ? keys : positions).putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(), at);
          depth += token.isStructStart() ? 1 : 0;
        }
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
            && ControlCharacters.firstIn(parser.getText()) >= 0) {
          controlled.add(new Scalar(at, parser.getText()));
        }
        rootRead = depth == 0 && token != JsonToken.FIELD_NAME;
        tokens.copyCurrentEvent(parser);
      }
      return new SourceScan(tokens, map(positions, keys, lineOffset), null, null, controlled);
    }
  }

  private static SourceMap map(Map<String, Position> positions, Map<String, Position> keys, int lineOffset) {
    return new SourceMap(Map.copyOf(positions), Map.copyOf(keys), lineOffset);
  }

  /**
   * The {@code ---} line that opens the document whose first value is at {@code first}: only comments and
   * blank lines may stand between them, and the marker may share the value's line ({@code --- [a, b]}).
   */
  private static Position documentStartBefore(String text, Position first) {
    List<String> lines = text.lines().toList();
    for (int line = Math.min(first.line(), lines.size()); line >= 1; line--) {
      if (DOCUMENT_START.matcher(lines.get(line - 1)).matches()) {
        return new Position(line, 1);
      }
    }
    return first;
  }
}
