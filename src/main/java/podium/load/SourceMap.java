package podium.load;

import java.util.List;
import java.util.Map;
import podium.diagnostic.Position;

/**
 * Where each value of a YAML document starts, keyed by JSON pointer ({@code /3/room}), so that later stages
 * can point editors at the exact line and column of a value they reject. A list re-read item by item
 * ({@link ListChunks}) has a map per item instead ({@code items}), each keyed as a one-item list ({@code /0/room}).
 */
public record SourceMap(Map<String, Position> positions, Map<String, Position> keys, int lineOffset,
    List<SourceMap> items) {
  public static final SourceMap NONE = new SourceMap(Map.of(), Map.of(), 0);

  public SourceMap(Map<String, Position> positions, Map<String, Position> keys, int lineOffset) {
    this(positions, keys, lineOffset, List.of());
  }

  public SourceMap(Map<String, Position> positions, int lineOffset) {
    this(positions, Map.of(), lineOffset);
  }

  /** A list's map made of its items' maps, in order. */
  static SourceMap ofItems(List<SourceMap> items) {
    return new SourceMap(Map.of(), Map.of(), 0, List.copyOf(items));
  }

  /** The same positions seen from a text starting at line {@code offset + 1}. */
  SourceMap startingAfterLine(int offset) {
    return new SourceMap(positions, keys, offset, items);
  }

  /** Where the key of {@code pointer} is written ({@code rom:} in {@code rom: lab}), else its value. */
  public Position keyAt(String pointer) {
    if (!items.isEmpty()) {
      int item = itemOf(pointer);
      return item < 0 ? items.get(0).keyAt("") : items.get(item).keyAt(inItem(pointer));
    }
    Position key = keys.get(pointer);
    return key != null ? key.shiftedBy(lineOffset) : at(pointer);
  }

  /** The position of {@code pointer}, or of its nearest enclosing value that has one. */
  public Position at(String pointer) {
    if (!items.isEmpty()) {
      int item = itemOf(pointer);
      return item < 0 ? items.get(0).at("") : items.get(item).at(inItem(pointer));
    }
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
    if (!items.isEmpty()) {
      int item = itemOf(pointer);
      return item >= 0 ? items.get(item).has(inItem(pointer)) : pointer.isEmpty() && items.get(0).has("");
    }
    return positions.containsKey(pointer);
  }

  /** The item {@code /12/title} is in (12), or -1 for the list itself or no item of it. */
  private int itemOf(String pointer) {
    int end = pointer.indexOf('/', 1);
    String index = pointer.length() < 2 ? "" : pointer.substring(1, end < 0 ? pointer.length() : end);
    if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int item = Integer.parseInt(index);
    return item < items.size() ? item : -1;
  }

  /** {@code /12/title} as item 12's own map names it: {@code /0/title}. */
  private static String inItem(String pointer) {
    int end = pointer.indexOf('/', 1);
    return end < 0 ? "/0" : "/0" + pointer.substring(end);
  }
}
