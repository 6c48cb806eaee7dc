package podium.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;
import podium.pipeline.BuildOptions;

/** The editor's loop: serve, edit, see the change and a reload; break the input, see the problems; fix it. */
class PreviewTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path folder;

  private Preview preview;
  private final StringWriter log = new StringWriter();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() throws Exception {
    if (preview != null) {
      preview.close();
    }
  }

  @Test
  void anEditIsServedAndReloadsTheTabAndABrokenFileShowsItsProblemsUntilFixed() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/sessions/opening.md --
        The first words.
        """);
    start(site);
    assertThat(get("/demo/en/sessions/opening/")).contains("The first words.")
        .contains("<script src=\"/_podium/reload.js\" defer></script>");
    listen();
    assertThat(next()).isEqualTo("ok");

    Files.writeString(site.root().resolve("content/demo/en/sessions/opening.md"), "The second words.\n");

    assertThat(next()).isEqualTo("reload");
    assertThat(get("/demo/en/sessions/opening/")).contains("The second words.");
    // only the text changed: the quick path renders the two pages showing it (fr falls back to en)
    assertThat(log.toString()).containsPattern("rebuilt in \\d+ ms: 2 of \\d+ pages rendered "
        + "\\(content/demo/en/sessions/opening.md\\)");
    assertThat(get("/demo/fr/sessions/opening/")).contains("The second words.");
    awaitLog("whole site up to date");

    Path sessions = site.root().resolve("data/demo/sessions.yaml");
    String good = Files.readString(sessions);
    Files.writeString(sessions, good.replace("room: hall", "room: hal"));

    assertThat(next()).isEqualTo("problems data/demo/sessions.yaml:6:9: error: unknown room 'hal' "
        + "(did you mean 'hall'?)");
    assertThat(get("/demo/en/sessions/opening/")).contains("The second words.");

    Files.writeString(sessions, good);

    assertThat(next()).isEqualTo("reload");
  }

  /** Templates come from the texts the loader read: an edited template must still reach the pages. */
  @Test
  void anEditedTemplateIsCompiledAgainAndServed() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    start(site);
    listen();
    assertThat(next()).isEqualTo("ok");
    Path template = site.root().resolve("templates/session.ftlh");
    String before = Files.readString(template);

    Files.writeString(template, before.replace("<h1><@layout.title session/></h1>",
        "<h1 class=\"edited-template\"><@layout.title session/></h1>"));

    assertThat(next()).isEqualTo("reload");
    assertThat(get("/demo/en/sessions/opening/")).contains("<h1 class=\"edited-template\">");
  }

  @Test
  void aChangedTitleTakesTheFullRebuildAndReachesTheListings() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/venue.md --
        ---
        title: Venue
        ---
        Take the tram.
        """);
    start(site);
    listen();
    assertThat(next()).isEqualTo("ok");

    Files.writeString(site.root().resolve("content/demo/en/venue.md"), "---\ntitle: Getting there\n---\nTake the bus.\n");

    assertThat(next()).isEqualTo("reload");
    assertThat(get("/demo/en/venue/")).contains("Take the bus.");
    assertThat(get("/demo/en/")).contains("Getting there");
    assertThat(log.toString()).doesNotContain("whole site up to date");
  }

  /** The full rebuild after a quick one logs when it is done, after the tab has reloaded. */
  private void awaitLog(String text) throws InterruptedException {
    for (int i = 0; i < 200 && !log.toString().contains(text); i++) {
      Thread.sleep(50);
    }
    assertThat(log.toString()).contains(text);
  }

  @Test
  void draftsAreShownInThePreviewOnly() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL + """
        -- content/demo/en/plan.md --
        ---
        title: Floor plan
        draft: true
        ---
        Coming soon.
        """);
    start(site);

    assertThat(get("/demo/en/plan/")).contains("Coming soon.").contains("<p class=\"draft-badge\"><strong>Draft</strong>");
    site.build();
    assertThat(site.exists("demo/en/plan/index.html")).isFalse();
  }

  /** As the hosts' files say: a language's path gets its language's 404 page, any other its edition's. */
  @Test
  void unknownPathsGetTheirLanguagesOrElseTheirEditionsNotFoundPage() throws Exception {
    start(TestSite.write(folder, Minimal.ALL));

    HttpResponse<String> english = HTTP.send(request("/demo/en/nowhere/"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> french = HTTP.send(request("/demo/fr/nulle/part"), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> edition = HTTP.send(request("/demo/nowhere"), HttpResponse.BodyHandlers.ofString());

    assertThat(english.statusCode()).isEqualTo(404);
    assertThat(english.body()).contains("<html lang=\"en\"").contains("Page not found").doesNotContain("Page introuvable");
    assertThat(french.statusCode()).isEqualTo(404);
    assertThat(french.body()).contains("<html lang=\"fr\"").contains("Page introuvable").doesNotContain("Page not found");
    assertThat(edition.statusCode()).isEqualTo(404);
    assertThat(edition.body()).contains("<html lang=\"en\"").contains("Page not found").contains("Page introuvable");
  }

  private void start(TestSite site) throws Exception {
    // relative, as `serve` run in the project folder names it
    Path project = Path.of("").toAbsolutePath().relativize(site.root());
    preview = new Preview(new BuildOptions(project, site.output(), null, true, false), 0,
        new PrintWriter(log, true), false);
    preview.start();
  }

  private String get(String path) throws Exception {
    return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path)).build();
  }

  /** Reads the event stream on a background thread: each event as its name and data on one line. */
  private void listen() throws Exception {
    var response = HTTP.send(request("/_podium/events"), HttpResponse.BodyHandlers.ofInputStream());
    Thread reader = new Thread(() -> {
      try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        String event = null;
        StringBuilder data = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("event: ")) {
            event = line.substring(7);
          } else if (line.startsWith("data: ")) {
            data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
          } else if (line.isEmpty() && event != null) {
            events.add(data.length() == 0 ? event : event + " " + data);
            event = null;
            data.setLength(0);
          }
        }
      } catch (Exception e) {
        // the server closed the stream at the end of the test
      }
    });
    reader.setDaemon(true);
    reader.start();
  }

  private String next() throws InterruptedException {
    String event = events.poll(20, TimeUnit.SECONDS);
    assertThat(event).as("an event within 20 s; log so far:\n" + log).isNotNull();
    return event;
  }
}
