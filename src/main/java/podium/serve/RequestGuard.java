package podium.serve;

import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who the preview answers. It shows drafts and the build's problems, so it answers only its editor: requests
 * addressed to a name of this machine's loopback (or to the name given with {@code --host}) at its port. A web
 * page elsewhere can make the browser send requests to 127.0.0.1, and with DNS rebinding its own name may even
 * lead there; such a request carries that page's name as {@code Host} (or {@code Origin}), and is refused.
 */
final class RequestGuard {
  /** What the preview can answer: a refusal has a status, a one-line reason and, for 405, the methods allowed. */
  record Refusal(int status, String reason, String allow) {}

  static final String METHODS = "GET, HEAD";
  static final Refusal BAD_PATH = new Refusal(400,
      "Bad request: a path may not contain '.' or '..' parts, empty parts, backslashes or encoded slashes.", null);

  private final Set<String> hosts = new LinkedHashSet<>();
  private final Set<String> origins = new LinkedHashSet<>();
  private final Refusal wrongHost;

  /** {@code extraHost}: the name the editor gave with {@code --host}, or null. */
  RequestGuard(String extraHost, int port) {
    List<String> names = new ArrayList<>();
    if (extraHost != null) {
      names.add(extraHost.contains(":") ? "[" + extraHost + "]" : extraHost);
    }
    names.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
    for (String name : names) {
      String host = name.toLowerCase(Locale.ROOT) + ":" + port;
      hosts.add(host);
      origins.add("http://" + host);
      if (port == 80) {
        hosts.add(name.toLowerCase(Locale.ROOT));
        origins.add("http://" + name.toLowerCase(Locale.ROOT));
      }
    }
    List<String> listed = names.stream().map(name -> name + ":" + port).toList();
    wrongHost = new Refusal(403, "Forbidden: this preview answers only requests for "
        + String.join(", ", listed.subList(0, listed.size() - 1)) + " or " + listed.get(listed.size() - 1)
        + ", so that other web sites cannot read your drafts.", null);
  }

  /** Null when the request may be answered. */
  Refusal check(String method, Headers headers) {
    List<String> host = headers.getOrDefault("Host", List.of());
    if (host.size() != 1 || !hosts.contains(host.get(0).strip().toLowerCase(Locale.ROOT))) {
      return wrongHost;
    }
    List<String> origin = headers.getOrDefault("Origin", List.of());
    if (!origin.isEmpty() && (origin.size() > 1 || !origins.contains(origin.get(0).strip().toLowerCase(Locale.ROOT)))) {
      return new Refusal(403, "Forbidden: pages of other web sites may not read this preview.", null);
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return new Refusal(405, "Method not allowed: the preview answers only GET and HEAD.", METHODS);
    }
    return null;
  }

  /**
   * The decoded path of a request, or null when it could name something outside the site: the preview serves
   * from memory by path, yet a path is never even looked up with {@code ..} or {@code .} parts, empty parts,
   * backslashes, encoded slashes or control characters in it.
   */
  static String sitePath(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return null;
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c")) {
      return null;
    }
    String path;
    try {
      path = URI.create(rawPath).getPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      return null;
    }
    String[] parts = path.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean last = i == parts.length - 1;
      if (parts[i].equals(".") || parts[i].equals("..") || (parts[i].isEmpty() && !last)) {
        return null;
      }
    }
    return path;
  }
}
