package podium.load;

import com.fasterxml.jackson.databind.JavaType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * The preview's reading of a long YAML list after an edit (a {@code sessions.yaml} of thousands of sessions took
 * ~100 ms to parse at 3,000): the text is cut where each top-level item starts, and only the items whose text
 * changed are parsed again, each as a one-item list with its own positions. The values are those of a parse of
 * the whole file: an item can only start at a {@code -} in the first column (any other line there is a
 * continuation, which YAML indents), and anchors are not resolved by the binder anyway (an alias reads as its
 * name). Whatever this cannot follow (a document marker or directive, a top-level mapping, an item with a
 * problem, an item count that differs) goes to a parse of the whole file, which also reports the problems.
 */
final class ListChunks {
  private final YamlBinder yaml;
  /** Per file, its items at the last read by their text: value and positions from the item's first line. */
  private final Map<Path, Map<String, Item>> known = new ConcurrentHashMap<>();

  private record Item(Object value, SourceMap positions) {}

  ListChunks(YamlBinder yaml) {
    this.yaml = yaml;
  }

  /** {@code text} read as a list of {@code type} (a list type), as {@link YamlBinder#read} reads it. */
  <T> Parsed<List<T>> read(Path file, String path, String text, JavaType type, Problems problems) {
    Map<String, Item> before = known.remove(file);
    int[] starts = text == null ? null : itemStarts(text);
    if (starts == null || before == null) {
      return whole(file, path, text, type, starts, problems);
    }
    List<T> values = new ArrayList<>(starts.length);
    List<SourceMap> maps = new ArrayList<>(starts.length);
    Map<String, Item> now = new HashMap<>(starts.length * 2);
    int line = 0;
    for (int i = 0; i < starts.length; i++) {
      String chunk = chunk(text, starts, i);
      Item item = before.get(chunk);
      if (item == null) {
        item = one(path, chunk, type);
        if (item == null) {
          return whole(file, path, text, type, starts, problems);
        }
      }
      now.put(chunk, item);
      @SuppressWarnings("unchecked")
      T value = (T) item.value();
      values.add(value);
      maps.add(item.positions().startingAfterLine(line));
      line += lines(chunk);
    }
    known.put(file, now);
    return new Parsed<>(path, values, SourceMap.ofItems(maps));
  }

  /** The whole text parsed at once, its items remembered for the next read when they can be told apart. */
  private <T> Parsed<List<T>> whole(Path file, String path, String text, JavaType type, int[] starts,
      Problems problems) {
    Parsed<List<T>> parsed = yaml.read(path, text, type, 0, problems);
    if (parsed != null && parsed.value() != null && starts != null && parsed.value().size() == starts.length) {
      known.put(file, split(text, starts, parsed));
    }
    return parsed;
  }

  /** One item's text parsed alone; null when it has a problem or is not exactly one item. */
  private Item one(String path, String chunk, JavaType type) {
    Problems problems = new Problems();
    Parsed<List<?>> parsed = yaml.read(path, chunk, type, 0, problems);
    if (!problems.isEmpty() || parsed == null || parsed.value() == null || parsed.value().size() != 1) {
      return null;
    }
    return new Item(parsed.value().get(0), parsed.positions());
  }

  /** A whole parse's items by their text, each with its positions as a parse of that text alone gives them. */
  private static <T> Map<String, Item> split(String text, int[] starts, Parsed<List<T>> parsed) {
    int count = starts.length;
    List<String> chunks = new ArrayList<>(count);
    List<Map<String, Position>> positions = new ArrayList<>(count);
    List<Map<String, Position>> keys = new ArrayList<>(count);
    int[] firstLines = new int[count];
    int line = 0;
    for (int i = 0; i < count; i++) {
      chunks.add(chunk(text, starts, i));
      positions.add(new HashMap<>());
      keys.add(new HashMap<>());
      firstLines[i] = line;
      line += lines(chunks.get(i));
    }
    regroup(parsed.positions().positions(), positions, firstLines);
    regroup(parsed.positions().keys(), keys, firstLines);
    Map<String, Item> items = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      items.put(chunks.get(i), new Item(parsed.value().get(i),
          new SourceMap(Map.copyOf(positions.get(i)), Map.copyOf(keys.get(i)), 0)));
    }
    return items;
  }

  /** Item {@code i}'s text: from its line (the first item's from the top) to the next item's. */
  private static String chunk(String text, int[] starts, int i) {
    return text.substring(i == 0 ? 0 : starts[i], i + 1 < starts.length ? starts[i + 1] : text.length());
  }

  /** Each whole-list pointer ({@code /12/title}) as its item names it ({@code /0/title}), lines from the item's. */
  private static void regroup(Map<String, Position> whole, List<Map<String, Position>> items, int[] firstLines) {
    whole.forEach((pointer, at) -> {
      int end = pointer.indexOf('/', 1);
      int item = pointer.isEmpty() ? 0 : Integer.parseInt(pointer.substring(1, end < 0 ? pointer.length() : end));
      String inItem = pointer.isEmpty() ? "" : end < 0 ? "/0" : "/0" + pointer.substring(end);
      items.get(item).put(inItem, at.shiftedBy(-firstLines[item]));
    });
  }

  private static int lines(String chunk) {
    int count = 0;
    for (int i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) {
      count++;
    }
    return count;
  }

  /**
   * Where each top-level item starts (the offset of its line; the first item's text also holds what comes
   * before it), or null when the text is not a list whose items start in the first column, or has a document
   * marker or directive.
   */
  static int[] itemStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int at = 0; at < text.length(); ) {
      int end = text.indexOf('\n', at);
      int next = end < 0 ? text.length() : end + 1;
      char first = text.charAt(at);
      if (first == '-' && (at + 1 == text.length() || " \t\r\n".indexOf(text.charAt(at + 1)) >= 0)) {
        starts.add(at);
      } else if (text.startsWith("---", at) || text.startsWith("...", at) || first == '%') {
        return null;
      } else if (" \t\r\n#".indexOf(first) < 0 || (starts.isEmpty() && !blankOrComment(text, at, next))) {
        return null;  // content in the first column that is not an item, or before the first item
      }
      at = next;
    }
    return starts.isEmpty() ? null : starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean blankOrComment(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '#') {
        return true;
      }
      if (" \t\r\n".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
