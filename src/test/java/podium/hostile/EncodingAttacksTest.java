package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Control characters in any input text: written as they are, as YAML escapes in double-quoted scalars, or as
 * character references in Markdown. Each is refused at the line and column where it is written; tab, line
 * feed and carriage return, which text files normally hold, are kept.
 */
class EncodingAttacksTest {
  @TempDir
  Path folder;

  private void assertRefused(String attack, String... lines) {
    TestSite site = Hostile.builtThenChanged(folder, attack);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1, lines);
    before.assertUnchanged();
  }

  private static String sessionTitles(String workshop) {
    return Minimal.SESSIONS.replace("title: {en: Workshop}", "title: {en: " + workshop + "}");
  }

  @Test
  void rawControlCharactersInYamlAreRefusedWhereTheyAre() {
    assertRefused(Minimal.SESSIONS
            .replace("title: {en: Opening, fr: Ouverture}", "title: {en: Ope\u0000ning, fr: Ouv\u001Berture}")
            .replace("title: {en: Workshop}", "title: {en: Work\u007Fshop}")
            .replace("room: lab", "room: la\u0085b")
            .replace("languages: [fr]", "languages: [f\u009Br]"),
        "data/demo/sessions.yaml:2:18: error: control character U+0000 is not allowed in text",
        "data/demo/sessions.yaml:14:19: error: control character U+007F is not allowed in text",
        "data/demo/sessions.yaml:18:11: error: control character U+0085 is not allowed in text",
        "data/demo/sessions.yaml:19:16: error: control character U+009B is not allowed in text");
  }

  @Test
  void escapesInDoubleQuotedYamlAreRefusedAtTheirBackslash() {
    assertRefused(sessionTitles("\"Work\\0shop \\e[31m \\x7F \\u009B \\N \\U00000001 \\a\\b\\v\\f\""),
        "data/demo/sessions.yaml:14:20: error: control character U+0000 is not allowed in text",
        "data/demo/sessions.yaml:14:27: error: control character U+001B is not allowed in text",
        "data/demo/sessions.yaml:14:34: error: control character U+007F is not allowed in text",
        "data/demo/sessions.yaml:14:39: error: control character U+009B is not allowed in text",
        "data/demo/sessions.yaml:14:46: error: control character U+0085 is not allowed in text",
        "data/demo/sessions.yaml:14:49: error: control character U+0001 is not allowed in text",
        "data/demo/sessions.yaml:14:60: error: control character U+0007 is not allowed in text",
        "data/demo/sessions.yaml:14:62: error: control character U+0008 is not allowed in text",
        "data/demo/sessions.yaml:14:64: error: control character U+000B is not allowed in text",
        "data/demo/sessions.yaml:14:66: error: control character U+000C is not allowed in text");
  }

  @Test
  void onlyTheRefusedEscapesOfAScalarAreReported() {
    assertRefused(sessionTitles("\"a\\n\\\"b\\\"\\t\\x01\""),
        "data/demo/sessions.yaml:14:26: error: control character U+0001 is not allowed in text");
  }

  @Test
  void anEscapeInAKeyOrOnAContinuationLineIsFoundToo() {
    assertRefused(Minimal.SPEAKERS.replace("bio: {en: Ada runs a cluster., fr: Ada dirige un cluster.}",
            "bio:\n    \"e\\0n\": x\n    fr: \"Ada dirige\n      un \\e cluster.\""),
        "data/demo/speakers.yaml:5:7: error: control character U+0000 is not allowed in text",
        "data/demo/speakers.yaml:7:10: error: control character U+001B is not allowed in text");
  }

  @Test
  void frontMatterJbakeHeadersAndMarkdownBodiesAreCheckedAtTheirFileLines() {
    assertRefused("""
        -- content/demo/en/about.md --
        ---
        title: "Ab\\eout"
        weight: 10
        ---
        The demo\u0000 congress.
        -- content/demo/fr/about.md --
        title=À pro\u001Bpos
        slug=a-propos
        ~~~~~~
        Le congrès.
        -- content/demo/en/venue.md --
        ---
        title: Venue
        ---
        Take the tram &#27; or &#x1B; or &#127; or &#128;, not the [bus](/bus "&#x1b;").
        """,
        "content/demo/en/about.md:5:9: error: control character U+0000 is not allowed in text",
        "content/demo/en/venue.md:4:15: error: control character U+001B is not allowed in text",
        "content/demo/en/venue.md:4:24: error: control character U+001B is not allowed in text",
        "content/demo/en/venue.md:4:34: error: control character U+007F is not allowed in text",
        "content/demo/en/venue.md:4:44: error: control character U+0080 is not allowed in text",
        "content/demo/en/venue.md:4:72: error: control character U+001B is not allowed in text",
        "content/demo/fr/about.md:1:12: error: control character U+001B is not allowed in text");
  }

  @Test
  void anEscapeInFrontMatterIsReportedAtItsFileLine() {
    assertRefused("-- content/demo/en/about.md --\n---\ntitle: \"Ab\\eout\"\nweight: 10\n---\nThe congress.\n",
        "content/demo/en/about.md:2:11: error: control character U+001B is not allowed in text");
  }

  @Test
  void interfaceStringsAreInputTextToo() throws IOException {
    String strings = Files.readString(Path.of("templates/i18n/en.yaml"));
    assertRefused("-- templates/i18n/en.yaml --\n"
            + strings.replace("slug_programme: programme", "slug_programme: prog\u0007ramme"),
        "templates/i18n/en.yaml:2:21: error: control character U+0007 is not allowed in text");
  }

  @Test
  void tabsLineBreaksAndCarriageReturnsAreKept() {
    TestSite site = TestSite.write(folder, Minimal.ALL
        .replace("title: {en: Workshop}", "title: {en: \"Work\\tshop\"}")
        .replace("The *demo* congress.\n", "The *demo*\tcongress.\r\nOn two lines.\r\n"));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.file("demo/en/about/index.html")).contains("<em>demo</em>\tcongress.");
  }
}
