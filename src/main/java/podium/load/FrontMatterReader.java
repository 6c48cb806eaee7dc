package podium.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * Splits a Markdown file into its header and body. Accepts YAML front matter between {@code ---} lines and
 * JBake headers ({@code key=value} lines closed by {@code ~~~~~~}), so pages written for JBake keep working.
 */
final class FrontMatterReader {
  private static final Pattern JBAKE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*=.*");
  private static final String JBAKE_END = "~~~~~~";

  private final YamlBinder yaml;

  FrontMatterReader(YamlBinder yaml) {
    this.yaml = yaml;
  }

  /** The header and body of {@code text}, or null when the header has problems (they are reported). */
  Split read(String path, String text, Problems problems) {
    List<String> lines = text.lines().toList();
    if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
      return readYaml(path, lines, problems);
    }
    int end = jbakeHeaderEnd(lines);
    if (end > 0) {
      return readJbake(path, lines, end, problems);
    }
    return new Split(FrontMatter.NONE, SourceMap.NONE, text, 1);
  }

  private Split readYaml(String path, List<String> lines, Problems problems) {
    int close = 1;
    while (close < lines.size() && !lines.get(close).strip().equals("---")
        && !lines.get(close).strip().equals("...")) {
      close++;
    }
    if (close == lines.size()) {
      problems.error(path, Position.START, "front matter is not closed", "end it with a line of three dashes: ---");
      return null;
    }
    String header = String.join("\n", lines.subList(1, close));
    Parsed<FrontMatter> parsed = yaml.read(path, header, FrontMatter.class, 1, problems);
    if (parsed == null) {
      return null;
    }
    FrontMatter frontMatter = parsed.value() == null ? FrontMatter.NONE : parsed.value();
    return new Split(frontMatter, parsed.positions(), body(lines, close + 1), close + 2);
  }

  private static int jbakeHeaderEnd(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(JBAKE_END)) {
        return i;
      }
      if (!line.isEmpty() && !JBAKE_KEY.matcher(line).matches()) {
        return -1;
      }
    }
    return -1;
  }

  /** Every repeated key, unknown key and bad value of the header is reported, each on its line. */
  private Split readJbake(String path, List<String> lines, int end, Problems problems) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Position> positions = new LinkedHashMap<>();
    Map<String, Position> keys = new LinkedHashMap<>();
    boolean repeated = false;
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      int equals = line.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (values.containsKey(key)) {
        problems.error(path, new Position(i + 1, 1), "duplicate key '" + key + "'", "each key may appear once");
        repeated = true;
        continue;
      }
      keys.put("/" + key, new Position(i + 1, 1));
      positions.put("/" + key, new Position(i + 1, equals + 2));
      values.put(key, key.equals("tags") ? splitTags(value) : value);
    }
    SourceMap map = new SourceMap(positions, keys, 0);
    FrontMatter frontMatter = yaml.bind(path, values, FrontMatter.class, map, problems);
    return frontMatter == null || repeated ? null : new Split(frontMatter, map, body(lines, end + 1), end + 2);
  }

  private static List<String> splitTags(String value) {
    List<String> tags = new ArrayList<>();
    for (String tag : value.split(",")) {
      if (!tag.isBlank()) {
        tags.add(tag.strip());
      }
    }
    return tags;
  }

  private static String body(List<String> lines, int from) {
    return from >= lines.size() ? "" : String.join("\n", lines.subList(from, lines.size())) + "\n";
  }

  /** A header with the positions of its values, and the body that starts at file line {@code bodyLine}. */
  record Split(FrontMatter frontMatter, SourceMap positions, String body, int bodyLine) {}
}
