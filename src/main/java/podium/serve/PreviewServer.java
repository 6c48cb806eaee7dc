package podium.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import podium.rules.MediaTypes;

/**
 * The preview: an HTTP server on 127.0.0.1 serving the last good site from memory, with a small script
 * injected into every HTML page (never into the built site) that reloads the tab after each rebuild and shows
 * the build's problems over the page while the input is invalid. It answers only its editor
 * ({@link RequestGuard}), only GET and HEAD.
 */
public final class PreviewServer implements AutoCloseable {
  static final String PREFIX = "/_podium/";
  private static final byte[] RELOAD_TAG =
      ("<script src=\"" + PREFIX + "reload.js\" defer></script>\n").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final RequestGuard guard;
  private final LiveReload reload = new LiveReload();
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  /** Listens on the loopback address, or on {@code host} (a name or address of this machine) when not null. */
  public PreviewServer(String host, int port) throws IOException {
    server = ServerLimits.bind(host, port);
    guard = new RequestGuard(host, port());
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Serves a new good site and reloads the open tabs. */
  void publish(Snapshot next) {
    snapshot = next;
    reload.broadcast("reload", "");
  }

  /** Serves a completed version of the same site, without reloading the tabs. */
  void update(Snapshot next) {
    snapshot = next;
  }

  /** The files the open tabs show, which a rebuild renders first. */
  java.util.Set<String> openPages() {
    return reload.openPages();
  }

  /**
   * The file a tab shows, from its event stream's {@code page} parameter (the page's path, as reload.js sends
   * it), or null when there is none or it is not a path of the site.
   */
  static String shownPage(String rawQuery) {
    if (rawQuery == null || !rawQuery.startsWith("page=") || rawQuery.contains("&")) {
      return null;
    }
    String path;
    try {
      path = RequestGuard.sitePath(java.net.URLDecoder.decode(rawQuery.substring("page=".length()),
          StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return path == null ? null : path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
  }

  /** Keeps serving the last good site, and shows these problems over it. */
  void fail(java.util.List<podium.diagnostic.Problem> problems) {
    snapshot = snapshot.withProblems(problems);
    reload.broadcast("problems", ProblemsText.of(problems));
  }

  private void handle(HttpExchange exchange) throws IOException {
    RequestGuard.Refusal refusal = guard.check(exchange.getRequestMethod(), exchange.getRequestHeaders());
    String path = RequestGuard.sitePath(exchange.getRequestURI().getRawPath());
    if (refusal != null || path == null) {
      refuse(exchange, refusal != null ? refusal : RequestGuard.BAD_PATH);
      return;
    }
    if (path.startsWith(PREFIX)) {
      own(exchange, path.substring(PREFIX.length()));
      return;
    }
    Snapshot current = snapshot;
    String file = path.substring(1);
    if (file.isEmpty() || file.endsWith("/")) {
      file += "index.html";
    } else if (current.rendered().containsKey(file + "/index.html")) {
      exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
      send(exchange, 301, "text/plain", new byte[0]);
      return;
    }
    byte[] body = current.rendered().get(file);
    if (body == null) {
      body = current.copied().get(file);
    }
    int status = 200;
    if (body == null) {
      status = 404;
      file = notFoundPage(current, file);
      body = current.rendered().getOrDefault(file, "Not found".getBytes(StandardCharsets.UTF_8));
    }
    String type = MediaTypes.of(file);
    send(exchange, status, type, type.startsWith("text/html") ? withReloadScript(body) : body);
  }

  /**
   * The 404 page a host serves for {@code file}, as nginx.conf and .htaccess say: its language's
   * ({@code ecd-2015/fr/404.html}), else its edition's, else the site's.
   */
  private static String notFoundPage(Snapshot current, String file) {
    String[] parts = file.split("/");
    for (int depth = Math.min(2, parts.length - 1); depth > 0; depth--) {
      String page = String.join("/", java.util.Arrays.copyOf(parts, depth)) + "/404.html";
      if (current.rendered().containsKey(page)) {
        return page;
      }
    }
    return "404.html";
  }

  private void own(HttpExchange exchange, String name) throws IOException {
    switch (name) {
      case "events" -> {
        if (exchange.getRequestMethod().equals("HEAD")) {
          send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0]);
          return;
        }
        Snapshot current = snapshot;
        reload.connect(exchange, shownPage(exchange.getRequestURI().getRawQuery()),
            current.problems().isEmpty() ? "ok" : "problems",
            ProblemsText.of(current.problems()));
      }
      case "reload.js", "overlay.css" -> {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/podium/preview/" + name)) {
          send(exchange, 200, MediaTypes.of(name), in.readAllBytes());
        }
      }
      default -> send(exchange, 404, "text/plain; charset=utf-8", "no such preview file".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void refuse(HttpExchange exchange, RequestGuard.Refusal refusal) throws IOException {
    if (refusal.allow() != null) {
      exchange.getResponseHeaders().set("Allow", refusal.allow());
    }
    send(exchange, refusal.status(), "text/plain; charset=utf-8",
        (refusal.reason() + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] withReloadScript(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int end = text.lastIndexOf("</body>");
    if (end < 0) {
      return html;
    }
    byte[] head = text.substring(0, end).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(end).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + RELOAD_TAG.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(RELOAD_TAG, 0, all, head.length, RELOAD_TAG.length);
    System.arraycopy(tail, 0, all, head.length + RELOAD_TAG.length, tail.length);
    return all;
  }

  /** A whole response; to HEAD, the same headers without the body. */
  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    // other sites' pages may not embed the preview's files either (images, scripts, JSON)
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
    if (exchange.getRequestMethod().equals("HEAD")) {
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static void log(PrintWriter out, String line) {
    out.println(line);
    out.flush();
  }
}
