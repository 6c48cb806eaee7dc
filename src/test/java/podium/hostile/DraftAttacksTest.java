package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;
import podium.diagnostic.Tasks;
import podium.photos.Images;
import podium.pipeline.BuildOptions;
import podium.pipeline.IncrementalBuild;
import podium.render.RenderedFile;

/**
 * Drafts stay drafts: however a page says it is one, and whatever only a draft leads to (a speaker whose every
 * session is a draft, a draft session's description), nothing of it reaches any file of a published build:
 * pages, lists, sitemaps, open data, calendars, search, the offline worker, the translation status. With
 * drafts included (the preview, {@code --drafts}) all of it is there.
 */
class DraftAttacksTest {
  /** Draft pages, one per way of saying so; each has its own word, so a leak names its spelling. */
  private static final String[][] DRAFT_HEADERS = {
      {"jbake-lower", "title=T\nstatus=draft\n~~~~~~\n"},
      {"jbake-capital", "title=T\nstatus=Draft\n~~~~~~\n"},
      {"jbake-upper", "title=T\nstatus=DRAFT\n~~~~~~\n"},
      {"jbake-mixed", "title=T\nstatus=dRaFt  \n~~~~~~\n"},
      {"jbake-flag", "title=T\ndraft=true\n~~~~~~\n"},
      {"jbake-flag-upper", "title=T\ndraft=TRUE\n~~~~~~\n"},
      {"yaml-flag", "---\ntitle: T\ndraft: true\n---\n"},
      {"yaml-flag-capital", "---\ntitle: T\ndraft: True\n---\n"},
      {"yaml-status", "---\ntitle: T\nstatus: Draft\n---\n"},
      {"yaml-status-upper", "---\ntitle: T\nstatus: DRAFT\n---\n"},
      {"yaml-either", "---\ntitle: T\ndraft: false\nstatus: draft\n---\n"},
  };
  private static final String[][] PUBLISHED_HEADERS = {
      {"jbake-published", "title=T\nstatus=published\n~~~~~~\n"},
      {"jbake-published-capital", "title=T\nstatus=Published\n~~~~~~\n"},
      {"yaml-published-upper", "---\ntitle: T\nstatus: PUBLISHED\n---\n"},
      {"yaml-not-draft", "---\ntitle: T\ndraft: false\n---\n"},
  };

  /** A speaker on a draft session only, that session (also Ada's), its description, and a draft description. */
  private static final String WITH_BASE_URL = Minimal.ALL
      .replace("default_language: en\n", "default_language: en\nbase_url: https://example.org/demo/\n");
  private static final String HIDDEN = Minimal.SPEAKERS + """
      - id: zora-hidden
        name: Zora Quixotic
        bio: {en: Zora has a quixotic biography.}
        photo: photos/zora-hidden.png
      """ + Minimal.SESSIONS + """
      - id: secret-panel
        title: {en: Quixotic panel, fr: Panel quichottesque}
        date: 2030-03-04
        start: "10:00"
        end: "11:00"
        room: hall
        speakers: [ada, zora-hidden]
        languages: [en]
        abstract: {en: A quixotic abstract.}
        draft: true
      -- content/demo/en/sessions/secret-panel.md --
      The quixotic description.
      -- content/demo/fr/sessions/opening.md --
      status=Draft
      ~~~~~~
      Une description quixotique pas encore relue.
      """;
  private static final List<String> HIDDEN_WORDS = List.of("zora", "quixoti", "secret-panel", "quichott");

  @TempDir
  Path folder;

  @Test
  void everySpellingOfDraftKeepsAPageOutAndPublishedPublishes() {
    TestSite site = TestSite.write(folder, WITH_BASE_URL + pages(DRAFT_HEADERS) + pages(PUBLISHED_HEADERS));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String[] draft : DRAFT_HEADERS) {
      Published.assertNowhere(site, List.of(draft[0]));
    }
    for (String[] published : PUBLISHED_HEADERS) {
      assertThat(site.file("demo/en/" + published[0] + "/index.html")).contains("Text of " + published[0]);
      assertThat(site.file("demo/sitemap.xml")).as(published[0]).contains("/" + published[0] + "/");
    }

    run = site.run("build", "--quiet", "--drafts");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String[] draft : DRAFT_HEADERS) {
      assertThat(site.file("demo/en/" + draft[0] + "/index.html")).contains("Text of " + draft[0]);
    }
  }

  @Test
  void whatOnlyDraftsLeadToIsInNoFileOfTheBuild() {
    TestSite site = TestSite.write(folder, WITH_BASE_URL + HIDDEN);
    site.writeBytes("data/demo/photos/zora-hidden.png", Images.png(400, 300));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    Published.assertNowhere(site, HIDDEN_WORDS);
    assertThat(site.file("demo/en/speakers/ada/index.html")).contains("Opening");
    assertThat(site.file("demo/fr/sessions/opening/index.html")).contains("Bienvenue au congrès.");
  }

  @Test
  void withDraftsIncludedTheyAreEverywhere() {
    TestSite site = TestSite.write(folder, WITH_BASE_URL + HIDDEN);
    site.writeBytes("data/demo/photos/zora-hidden.png", Images.png(400, 300));
    TestSite.Run run = site.run("build", "--quiet", "--drafts");
    assertThat(run.exitCode()).as(run.err()).isZero();

    assertThat(site.file("demo/en/speakers/zora-hidden/index.html")).contains("Zora has a quixotic biography.");
    assertThat(site.file("demo/en/speakers/index.html")).contains("Zora Quixotic");
    assertThat(site.file("demo/en/speakers/ada/index.html")).contains("Quixotic panel");
    assertThat(site.file("demo/en/sessions/secret-panel/index.html")).contains("The quixotic description.");
    assertThat(site.file("demo/fr/sessions/opening/index.html")).contains("Une description quixotique");
    for (String file : List.of("demo/en/programme.json", "demo/en/schedule.xml", "demo/en/schedule.json",
        "demo/en/programme.ics", "demo/sitemap.xml", "demo/translation-status/index.html")) {
      assertThat(site.file(file)).as(file).contains("secret-panel");
    }
  }

  @Test
  void thePreviewShowsThemAsServeDoes() throws Exception {
    TestSite site = TestSite.write(folder, WITH_BASE_URL + HIDDEN);
    site.writeBytes("data/demo/photos/zora-hidden.png", Images.png(400, 300));
    Map<String, String> served = new ConcurrentHashMap<>();
    Consumer<RenderedFile> sink = file -> served.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8));
    // the options ServeCommand gives the preview without --no-drafts
    try (Tasks tasks = new Tasks()) {
      IncrementalBuild preview = new IncrementalBuild(
          new BuildOptions(site.root(), Path.of("unused"), null, true, false), tasks);
      preview.renderExports(preview.render(sink), sink);
    }

    assertThat(served.get("demo/en/speakers/zora-hidden/index.html")).contains("Zora has a quixotic biography.");
    assertThat(served.get("demo/en/sessions/secret-panel/index.html")).contains("The quixotic description.");
    assertThat(served.get("demo/en/programme.json")).contains("zora-hidden");
  }

  @Test
  void anUnknownStatusIsRefusedAtItsValue() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo/en/plan.md --
        title=Plan
        status=pending
        ~~~~~~
        Not yet.
        -- content/demo/fr/plan.md --
        ---
        title: Plan
        status: drafts
        ---
        Pas encore.
        """);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1,
        "content/demo/en/plan.md:2:8: error: unknown status 'pending' (the accepted statuses are draft and "
            + "published, in any capitalisation)",
        "content/demo/fr/plan.md:3:9: error: unknown status 'drafts' (the accepted statuses are draft and "
            + "published, in any capitalisation)");
    before.assertUnchanged();
  }

  @Test
  void aPublishedPageLinkingToWhatIsLeftOutIsRefusedAtTheLink() {
    TestSite site = Hostile.builtThenChanged(folder, HIDDEN + """
        -- content/demo/en/plan.md --
        title=Floor plan
        status=draft
        ~~~~~~
        Coming soon.
        -- content/demo/en/links.md --
        ---
        title: Links
        ---
        See [the plan](../plan/), [the panel](../sessions/secret-panel/#top),
        [the about page](../about/) and `[not a link](../plan/)`.

        And [Zora][zora].

        [zora]: ../speakers/zora-hidden/index.html
        """);
    site.writeBytes("data/demo/photos/zora-hidden.png", Images.png(40, 30));
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1,
        "content/demo/en/links.md:4:16: error: link to draft page 'plan', which the published site leaves out "
            + "(publish the page, or remove the link)",
        "content/demo/en/links.md:4:39: error: link to draft session 'secret-panel', which the published site "
            + "leaves out (publish the session, or remove the link)",
        "content/demo/en/links.md:9:9: error: link to speaker 'zora-hidden', whose every session is a draft, "
            + "which the published site leaves out (publish one of their sessions, or remove the link)");
    before.assertUnchanged();

    TestSite.Run withDrafts = site.run("build", "--quiet", "--drafts");
    assertThat(withDrafts.exitCode()).as(withDrafts.err()).isZero();
    assertThat(site.file("demo/en/links/index.html")).contains("href=\"../plan/\"");
  }

  @Test
  void aSessionsDraftFlagIsAYamlBooleanAndNothingElse() {
    TestSite site = Hostile.builtThenChanged(folder, Minimal.SESSIONS.replace("  languages: [fr]\n",
        "  languages: [fr]\n  draft: Yes\n"));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.exists("demo/en/sessions/workshop/index.html")).as("YAML's yes is true").isFalse();

    site.add(Minimal.SESSIONS.replace("  languages: [fr]\n", "  languages: [fr]\n  draft: maybe\n"));
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1,
        "data/demo/sessions.yaml:20:10: error: invalid value 'maybe' for 'draft': expected true or false");
    before.assertUnchanged();
  }

  private static String pages(String[][] headers) {
    StringBuilder files = new StringBuilder();
    for (String[] header : headers) {
      files.append("-- content/demo/en/").append(header[0]).append(".md --\n").append(header[1])
          .append("Text of ").append(header[0]).append(".\n");
    }
    return files.toString();
  }
}
