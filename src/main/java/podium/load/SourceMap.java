package podium.load;

import java.util.Map;
import podium.diagnostic.Position;

/**
 * Where each value of a YAML document starts, keyed by JSON pointer ({@code /3/room}), so that later stages
 * can point editors at the exact line and column of a value they reject.
 */
public record SourceMap(Map<String, Position> positions, Map<String, Position> keys, int lineOffset) {
  public static final SourceMap NONE = new SourceMap(Map.of(), Map.of(), 0);

  public SourceMap(Map<String, Position> positions, int lineOffset) {
    this(positions, Map.of(), lineOffset);
  }

  /** Where the key of {@code pointer} is written ({@code rom:} in {@code rom: lab}), else its value. */
  public Position keyAt(String pointer) {
    Position key = keys.get(pointer);
    return key != null ? key.shiftedBy(lineOffset) : at(pointer);
  }

  /** The position of {@code pointer}, or of its nearest enclosing value that has one. */
  public Position at(String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found.shiftedBy(lineOffset);
      }
      if (p.isEmpty()) {
        return new Position(1 + lineOffset, 1);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** The position of {@code pointer} only if that exact value exists in the file. */
  public boolean has(String pointer) {
    return positions.containsKey(pointer);
  }
}
