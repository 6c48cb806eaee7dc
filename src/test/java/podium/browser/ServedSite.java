package podium.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import podium.cli.Main;
import podium.rules.MediaTypes;

/**
 * The repository's sample site, built once per test run into a temporary folder and served on 127.0.0.1
 * the way a static host would, with the Content-Security-Policy the build writes for hosts and the media
 * types they send under {@code nosniff}, so the browser tests also prove that no inline script or style is
 * needed. {@link #offline} makes every request fail as a dropped network would, without changing what the
 * browser believes about its connection.
 */
final class ServedSite {
  private static final Map<String, String> TYPES = MediaTypes.byExtension();
  private static ServedSite shared;

  final Path root;
  /** The policy the build wrote into the site's {@code _headers}, the one every host sends. */
  private final String contentSecurityPolicy;
  private final HttpServer server;
  volatile boolean offline;

  private ServedSite(Path root) throws IOException {
    this.root = root;
    try (var lines = Files.lines(root.resolve("_headers"))) {
      contentSecurityPolicy = lines.map(String::strip).filter(line -> line.startsWith("Content-Security-Policy: "))
          .findFirst().orElseThrow().substring("Content-Security-Policy: ".length());
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::serve);
    server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
      Thread thread = new Thread(runnable, "served-site");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  /** The site, built and served once for all browser tests of this run. */
  static synchronized ServedSite get() {
    if (shared == null) {
      try {
        Path folder = Files.createTempDirectory("podium-browser-site");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--quiet",
            "--no-compress", "--project", ".", "--output", folder.resolve("site").toString());
        assertThat(code).as(err.toString()).isZero();
        shared = new ServedSite(folder.resolve("site"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    shared.offline = false;
    return shared;
  }

  /** Another built site (such as a test project's), served until {@link #stop}. */
  static ServedSite of(Path root) throws IOException {
    return new ServedSite(root);
  }

  void stop() {
    server.stop(0);
  }

  /** The absolute URL of a path below the site root, such as {@code ecd-2015/en/}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (offline) {
        return; // closing without a response: the browser sees a failed request
      }
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      boolean found = file.startsWith(root) && Files.isRegularFile(file);
      byte[] body = found ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      String type = found ? TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream")
          : "text/plain";
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(found ? 200 : 404, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
