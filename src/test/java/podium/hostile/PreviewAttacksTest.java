package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;
import podium.pipeline.BuildOptions;
import podium.serve.Preview;

/**
 * The preview shows drafts and the build's problems, so it answers its editor only: requests for a loopback
 * name at its port, GET and HEAD, paths inside the site. And it rebuilds for edits of the inputs only.
 */
class PreviewAttacksTest {
  private static final String WRONG_HOST = "Forbidden: this preview answers only requests for localhost:%1$d, "
      + "127.0.0.1:%1$d or [::1]:%1$d, so that other web sites cannot read your drafts.\n";

  @TempDir
  Path folder;

  @TempDir
  Path logs;

  private Preview preview;
  private final StringWriter log = new StringWriter();

  @AfterEach
  void stop() throws Exception {
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void aForeignHostIsRefusedWithTheReason() throws Exception {
    int port = start();

    RawHttp.Response response = RawHttp.send(port, RawHttp.get("/demo/en/", port, "Host: evil.example"));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo(WRONG_HOST.formatted(port));
    assertThat(response.header("content-type")).containsExactly("text/plain; charset=utf-8");
  }

  @Test
  void aRebindingHostWithThePreviewsPortIsRefused() throws Exception {
    int port = start();

    // DNS rebinding: the attacker's name now leads to 127.0.0.1, and the browser sends that name
    for (String host : List.of("rebind.attacker.example:" + port, "127.0.0.1.nip.io:" + port, "localhost:" + (port + 1),
        "0.0.0.0:" + port, "localhost.:" + port)) {
      RawHttp.Response response = RawHttp.send(port, RawHttp.get("/demo/en/", port, "Host: " + host));

      assertThat(response.status()).as(host).isEqualTo(403);
      assertThat(response.body()).as(host).isEqualTo(WRONG_HOST.formatted(port));
    }
  }

  @Test
  void aRequestWithoutHostIsRefused() throws Exception {
    int port = start();

    RawHttp.Response response = RawHttp.send(port, "GET /demo/en/ HTTP/1.0\n\n");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).isEqualTo(WRONG_HOST.formatted(port));
  }

  @Test
  void theLoopbackNamesAreAnswered() throws Exception {
    int port = start();

    for (String host : List.of("127.0.0.1", "localhost", "LocalHost", "[::1]")) {
      RawHttp.Response response = RawHttp.send(port, RawHttp.get("/demo/en/", port, "Host: " + host + ":" + port));

      assertThat(response.status()).as(host).isEqualTo(200);
      assertThat(response.body()).as(host).contains("Demo Congress 2030");
    }
  }

  @Test
  void pagesOfOtherSitesMayNotReadTheProblemStream() throws Exception {
    int port = start();
    String host = "Host: 127.0.0.1:" + port;

    RawHttp.Response foreign = RawHttp.send(port, RawHttp.get("/_podium/events", port, host,
        "Origin: http://evil.example"));
    RawHttp.Response own = RawHttp.headersOf(port, RawHttp.get("/_podium/events", port, host,
        "Origin: http://localhost:" + port));

    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.body()).isEqualTo("Forbidden: pages of other web sites may not read this preview.\n");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.header("content-type")).containsExactly("text/event-stream; charset=utf-8");
    assertThat(own.header("access-control-allow-origin")).isEmpty();
  }

  /**
   * The page a tab says it shows only orders the rebuild: a stream claiming a path outside the site (traversal,
   * an encoded slash, a file of the machine) is served like any other, names no file, and the site it sees
   * after an edit is the project's, with no script or outside text in it; a foreign page may not even ask.
   */
  @Test
  void thePageATabClaimsToShowCannotReachOutsideTheSite() throws Exception {
    int port = start();
    String host = "Host: 127.0.0.1:" + port;
    List<String> claims = List.of("%2F..%2F..%2Fetc%2Fpasswd", "%2Fdemo%2Fen%2F..%252F..%252Fsite.yaml",
        "%2Fdemo%2Fen%2F%3Cscript%3Ealert(1)%3C%2Fscript%3E%2F", "%2F%2Fevil.example%2F", "%2Fdemo%2Fen%2F");
    for (String claim : claims) {
      RawHttp.Response foreign = RawHttp.send(port, RawHttp.get("/_podium/events?page=" + claim, port, host,
          "Origin: http://evil.example"));
      RawHttp.Response own = RawHttp.headersOf(port, RawHttp.get("/_podium/events?page=" + claim, port, host));
      assertThat(foreign.status()).as(claim).isEqualTo(403);
      assertThat(own.status()).as(claim).isEqualTo(200);
    }
    Files.writeString(folder.resolve("site.yaml"), "title: {en: Edited congresses}\nlanguage: en\n");
    awaitLog("(site.yaml)");

    RawHttp.Response page = RawHttp.send(port, RawHttp.get("/demo/en/", port, host));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Demo Congress 2030").doesNotContain("root:").doesNotContain("alert(1)")
        .doesNotContain("TOP SECRET");
    assertThat(log.toString()).doesNotContain("problem").doesNotContain("podium:");
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws Exception {
    int port = start();

    for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE")) {
      RawHttp.Response response = RawHttp.send(port, method + " /demo/en/ HTTP/1.1\nHost: 127.0.0.1:" + port
          + "\nContent-Length: 0\nConnection: close\n\n");

      assertThat(response.status()).as(method).isEqualTo(405);
      assertThat(response.header("allow")).as(method).containsExactly("GET, HEAD");
      assertThat(response.body()).as(method).isEqualTo("Method not allowed: the preview answers only GET and HEAD.\n");
    }
  }

  @Test
  void headAnswersTheHeadersOfGetWithoutTheBody() throws Exception {
    int port = start();
    String host = "Host: localhost:" + port;

    RawHttp.Response get = RawHttp.send(port, RawHttp.get("/demo/en/", port, host));
    RawHttp.Response head = RawHttp.send(port, "HEAD /demo/en/ HTTP/1.1\n" + host + "\nConnection: close\n\n");

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("content-length")).containsExactly(Integer.toString(get.body().getBytes(
        StandardCharsets.UTF_8).length));
    assertThat(head.header("content-type")).isEqualTo(get.header("content-type"));
  }

  @Test
  void aPathNeverLeavesTheSite() throws Exception {
    int port = start();
    String host = "Host: 127.0.0.1:" + port;

    for (String path : List.of("/../secret.txt", "/demo/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt",
        "/demo/..%2f..%2fsecret.txt", "/demo%2f..%2f..%2fsecret.txt", "/..%5c..%5csecret.txt", "/..\\..\\secret.txt",
        "/demo/en/./../../../secret.txt", "/.%2e/data/demo/edition.yaml", "/demo/en/%00", "/demo//en/")) {
      RawHttp.Response response = RawHttp.send(port, RawHttp.get(path, port, host));

      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.body()).as(path).doesNotContain("TOP SECRET").doesNotContain("timezone");
    }
    // the JDK reads "//secret.txt" as a host name with no path, and answers 404 itself
    assertThat(RawHttp.send(port, RawHttp.get("//secret.txt", port, host)).body()).doesNotContain("TOP SECRET");
    assertThat(RawHttp.send(port, RawHttp.get("/%2e%2e/secret.txt", port, host)).body())
        .isEqualTo("Bad request: a path may not contain '.' or '..' parts, empty parts, backslashes or encoded slashes.\n");
  }

  @Test
  void aConnectionSendingHalfARequestIsDroppedWithinSecondsAndHoldsNobodyUp() throws Exception {
    writeSite();
    try (ServeProcess serve = new ServeProcess(folder, logs);
        Socket slow = new Socket(InetAddress.getLoopbackAddress(), serve.port)) {
      long started = System.nanoTime();
      slow.setSoTimeout(30_000);
      slow.getOutputStream().write(("GET /demo/en/ HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port + "\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();

      assertThat(RawHttp.send(serve.port, RawHttp.get("/demo/en/", serve.port, "Host: 127.0.0.1:" + serve.port))
          .status()).as("another request, while the slow one is pending").isEqualTo(200);
      int read;
      try {
        read = slow.getInputStream().read();
      } catch (SocketException reset) {
        read = -1;
      }

      assertThat(read).as("the server closed the connection without answering").isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
    }
  }

  @Test
  void logsOutputAndEditorsFilesInTheProjectNeverRebuildButAnEditDoes() throws Exception {
    start();
    Path root = folder;
    Path sessions = root.resolve("content/demo/en/sessions");

    // `serve > serve.log` in the project folder, a build's target/, and what editors write beside a page
    for (int i = 0; i < 20; i++) {
      Files.writeString(root.resolve("serve.log"), "line " + i + "\n", java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      Files.createDirectories(root.resolve("target"));
      Files.writeString(root.resolve("target/whatever"), "run " + i);
      Files.writeString(root.resolve("notes.md"), "to do " + i);
      Thread.sleep(20);
    }
    for (String name : List.of("opening.md~", ".opening.md.swp", ".opening.md.swx", "#opening.md#", ".#opening.md",
        "4913", "opening.tmp", ".goutputstream-X1Y2Z3", ".DS_Store")) {
      Files.writeString(sessions.resolve(name), "not content");
    }
    Files.writeString(root.resolve("assets/.hidden.css"), "body {}");
    Thread.sleep(1500);

    assertThat(log.toString()).as(log.toString()).doesNotContain("rebuilt").doesNotContain("problem");

    Files.writeString(sessions.resolve("opening.md"), "The second words.\n");
    awaitLog("whole site up to date");
    Files.writeString(root.resolve("site.yaml"), "title: {en: Congresses}\nlanguage: en\n");
    awaitLog("(site.yaml)");

    // each rebuild names the files it was for: only the two edits, never a log, target/ or an editor's file
    assertThat(log.toString().lines().filter(line -> line.startsWith("rebuilt")))
        .allMatch(line -> line.endsWith(" (content/demo/en/sessions/opening.md)") || line.endsWith(" (site.yaml)"));
    assertThat(log.toString()).containsPattern("rebuilt in \\d+ ms: \\d+ of \\d+ pages rendered "
        + "\\(content/demo/en/sessions/opening.md\\)\n");
  }

  private int start() throws Exception {
    TestSite site = writeSite();
    preview = new Preview(new BuildOptions(site.root(), site.output(), null, true, false), 0,
        new PrintWriter(log, true), false);
    preview.start();
    return preview.port();
  }

  private TestSite writeSite() {
    return TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/sessions/opening.md --
        The first words.
        -- site.yaml --
        title: {en: Demo congresses}
        language: en
        -- secret.txt --
        TOP SECRET
        """);
  }

  private void awaitLog(String text) throws InterruptedException {
    for (int i = 0; i < 400 && !log.toString().contains(text); i++) {
      Thread.sleep(50);
    }
    assertThat(log.toString()).contains(text);
  }
}
