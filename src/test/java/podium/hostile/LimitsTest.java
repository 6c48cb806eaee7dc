package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Input past Podium's limits is refused with a located message, by build and check alike, before it can run
 * the parsers or renderers out of stack or memory: Markdown nested over 100 levels, YAML nested over 64, ids
 * over 100 characters, files over 10 MB. The project and the previous output stay as they were.
 */
class LimitsTest {
  private static final String MARKDOWN_TOO_DEEP = "error: Markdown nested more than 100 levels deep (quotes, "
      + "lists, emphasis and links may nest up to 100 levels)";

  @TempDir
  Path folder;

  /** An English page whose body (file line 4 on) is {@code body}. */
  private static String page(String body) {
    return "-- content/demo/en/deep.md --\n---\ntitle: Deep\n---\n" + body;
  }

  /** Builds the minimal site, writes {@code attack}, and asserts that build and check refuse it with {@code lines}. */
  private void assertRefused(String attack, String... lines) {
    TestSite site = Hostile.builtThenChanged(folder, attack);
    Hostile.Before before = Hostile.before(site);

    Hostile.assertRefused(site.build(), 1, lines);
    Hostile.assertRefused(site.run("check"), 1, lines);
    before.assertUnchanged();
  }

  @Test
  void aQuoteNestedFifteenHundredLevelsIsRefusedWhereItPassesTheLimit() {
    assertRefused(page(">".repeat(1500) + " deep\n"), "content/demo/en/deep.md:4:101: " + MARKDOWN_TOO_DEEP);
  }

  @Test
  void listsNestedOnOneLineAreRefusedBeforeTheParserRecursesIntoThem() {
    assertRefused(page("- ".repeat(1500) + "deep\n"), "content/demo/en/deep.md:4:201: " + MARKDOWN_TOO_DEEP);
  }

  @Test
  void listsNestedByIndentationAreRefusedAtTheItemThatPassesTheLimit() {
    StringBuilder body = new StringBuilder();
    for (int level = 0; level < 150; level++) {
      body.append("  ".repeat(level)).append("- level\n");
    }
    // the 101st item: file line 4 + 100, after 100 indentations of two spaces
    assertRefused(page(body.toString()), "content/demo/en/deep.md:104:201: " + MARKDOWN_TOO_DEEP);
  }

  @Test
  void emphasisNestedTooDeeplyIsRefusedAtTheEmphasisThatPassesTheLimit() {
    assertRefused(page("*a ".repeat(1500) + "x" + " b*".repeat(1500) + "\n"),
        "content/demo/en/deep.md:4:301: " + MARKDOWN_TOO_DEEP);
  }

  @Test
  void aSessionDescriptionNestedTooDeeplyIsRefusedThoughOnlyItsSessionPageShowsIt() {
    assertRefused("-- content/demo/fr/sessions/opening.md --\n" + ">".repeat(500) + " profond\n",
        "content/demo/fr/sessions/opening.md:1:101: " + MARKDOWN_TOO_DEEP);
  }

  @Test
  void textNestedAHundredLevelsIsStillPublished() {
    TestSite site = TestSite.write(folder, Minimal.ALL + page(">".repeat(100) + " deep\n\n" + "- ".repeat(100)
        + "deep\n"));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = site.file("demo/en/deep/index.html");
    assertThat(html.split("<blockquote>", -1)).hasSize(101);
    assertThat(html.split("<li>", -1)).hasSizeGreaterThan(100);
  }

  @Test
  void yamlNestedDeeperThanSixtyFourLevelsIsRefusedInOurWordsWhereItPassesTheLimit() {
    // the list is level 1, the speaker level 2, name's value level 3: its 63rd '{a: ' opens level 65
    assertRefused("-- data/demo/speakers.yaml --\n- id: ada\n  name: " + "{a: ".repeat(80) + "1" + "}".repeat(80)
            + "\n",
        "data/demo/speakers.yaml:2:257: error: YAML nested more than 64 levels deep (mappings and lists may nest "
            + "up to 64 levels)");
  }

  @Test
  void anIdLongerThanAHundredCharactersIsRefusedAndQuotedShort() {
    String id = "a".repeat(150);
    assertRefused(InvalidSessions.replaced("- id: workshop", "- id: " + id),
        "data/demo/sessions.yaml:13:7: error: unsafe id '" + "a".repeat(40) + "…' (ids are at most 100 characters "
            + "long, as they become file and folder names)");
  }

  @Test
  void aProgrammeFileOverTenMegabytesIsRefusedBeforeItIsRead() {
    TestSite site = Hostile.builtThenChanged(folder, "");
    site.writeBytes("data/demo/speakers.yaml", (Minimal.SPEAKERS.substring(Minimal.SPEAKERS.indexOf('\n') + 1)
        + "# " + "x".repeat(10 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8));
    Hostile.Before before = Hostile.before(site);

    String refused = "data/demo/speakers.yaml:1:1: error: file is larger than 10 MB (split it into smaller files)";
    Hostile.assertRefused(site.build(), 1, refused);
    Hostile.assertRefused(site.run("check"), 1, refused);
    before.assertUnchanged();
  }

  @Test
  void aPageOverTenMegabytesIsRefusedBeforeItIsRead() {
    TestSite site = Hostile.builtThenChanged(folder, "");
    site.writeBytes("content/demo/en/huge.md", ("---\ntitle: Huge\n---\n" + "Words. ".repeat(1_600_000))
        .getBytes(StandardCharsets.UTF_8));
    Hostile.Before before = Hostile.before(site);

    String refused = "content/demo/en/huge.md:1:1: error: file is larger than 10 MB (split it into smaller files)";
    Hostile.assertRefused(site.build(), 1, refused);
    Hostile.assertRefused(site.run("check"), 1, refused);
    before.assertUnchanged();
  }

  /** The minimal sessions file with one text replaced. */
  private static final class InvalidSessions {
    static String replaced(String from, String to) {
      assertThat(Minimal.SESSIONS).containsOnlyOnce(from);
      return Minimal.SESSIONS.replace(from, to);
    }
  }
}
