package podium.hosting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code _headers} file read as Netlify and Cloudflare Pages read it: rules of a URL path (where {@code *}
 * matches anything, slashes included, and {@code :name} one path segment) followed by indented
 * {@code Name: value} lines. Every rule whose path matches a request applies to it.
 */
record HeadersFile(List<Rule> rules) {
  record Rule(String path, Map<String, String> headers) {
    boolean matches(String urlPath) {
      StringBuilder regex = new StringBuilder();
      for (String part : path.split("(?=[*:])|(?<=\\*)")) {
        if (part.equals("*")) {
          regex.append(".*");
        } else if (part.startsWith(":")) {
          String name = part.replaceFirst("^:\\w+", "");
          regex.append("[^/]+").append(Pattern.quote(name));
        } else {
          regex.append(Pattern.quote(part));
        }
      }
      return urlPath.matches(regex.toString());
    }
  }

  static HeadersFile parse(String text) {
    List<Rule> rules = new ArrayList<>();
    Map<String, String> current = null;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0))) {
        current = new LinkedHashMap<>();
        rules.add(new Rule(line.strip(), current));
      } else {
        int colon = line.indexOf(':');
        if (current == null || colon < 0 || current.put(line.substring(0, colon).strip(),
            line.substring(colon + 1).strip()) != null) {
          throw new AssertionError("not a header line, or a header repeated in one rule: " + line);
        }
      }
    }
    return new HeadersFile(List.copyOf(rules));
  }

  /** Every header the matching rules give a request, each with all the values they give it. */
  Map<String, List<String>> headersFor(String urlPath) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    rules.stream().filter(rule -> rule.matches(urlPath)).forEach(rule -> rule.headers().forEach((name, value) ->
        headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value)));
    return headers;
  }
}
