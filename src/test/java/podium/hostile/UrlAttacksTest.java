package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Addresses that would run script, or leave the web, however they are spelled: capitals, character
 * references, tabs, escapes. Each spelling is refused at its line and column, in Markdown and in YAML, and
 * the allowed kinds (http, https, mailto, relative) build with no other scheme anywhere in the output.
 */
class UrlAttacksTest {
  private static final String MARKDOWN_HINT = " (links may use http, https, mailto or a relative address)";
  private static final String YAML_HINT = " (links must be absolute http(s) or mailto URLs)";

  /** Spellings of a refused address as written in Markdown, and the address a browser would follow. */
  private static final List<String[]> MARKDOWN_SPELLINGS = List.of(
      new String[] {"JAVASCRIPT:alert(1)", "JAVASCRIPT:alert(1)"},
      new String[] {"&#106;avascript:alert(1)", "javascript:alert(1)"},
      new String[] {"&#106avascript:alert(1)", "javascript:alert(1)"},
      new String[] {"&#x6A;avascript:alert(1)", "javascript:alert(1)"},
      new String[] {"javascript&colon;alert(1)", "javascript:alert(1)"},
      new String[] {"java&Tab;script:alert(1)", "javascript:alert(1)"},
      new String[] {"java&NewLine;script:alert(1)", "javascript:alert(1)"},
      new String[] {"java&#9;script:alert(1)", "javascript:alert(1)"},
      new String[] {"&#32;javascript:alert(1)", "javascript:alert(1)"},
      new String[] {"javascript\\:alert(1)", "javascript:alert(1)"},
      new String[] {"vbscript:msgbox(1)", "vbscript:msgbox(1)"},
      new String[] {"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="},
      new String[] {"file:///etc/passwd", "file:///etc/passwd"},
      new String[] {"blob:https://example.org/0b7e", "blob:https://example.org/0b7e"},
      new String[] {"web+podium:x", "web+podium:x"});

  @TempDir
  Path folder;

  @Test
  void everySpellingIsRefusedInAnInlineLink() {
    assertMarkdownRefused(address -> "See [the talk](" + address + ").", 16);
  }

  @Test
  void everySpellingIsRefusedInAnImage() {
    assertMarkdownRefused(address -> "See ![the hall](" + address + ").", 17);
  }

  @Test
  void everySpellingIsRefusedInAReferenceDefinition() {
    StringBuilder body = new StringBuilder();
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < MARKDOWN_SPELLINGS.size(); i++) {
      body.append("See [talk ").append(i).append("].\n\n[talk ").append(i).append("]: ")
          .append(MARKDOWN_SPELLINGS.get(i)[0]).append("\n\n");
      expected.add(refused(7 + 4 * i, 10 + String.valueOf(i).length(), MARKDOWN_SPELLINGS.get(i)[1]));
    }
    assertRefusedPage(body.toString(), expected);
  }

  @Test
  void everySchemeIsRefusedInAnAutolink() {
    // an autolink starts with its scheme: references and escapes make it plain text, which is harmless
    assertRefusedPage("<JAVASCRIPT:alert(1)>\n\n<javascript:alert(1)>\n\n<vbscript:msgbox(1)>\n\n<data:text/html,x>\n",
        List.of(refused(5, 2, "JAVASCRIPT:alert(1)"), refused(7, 2, "javascript:alert(1)"),
            refused(9, 2, "vbscript:msgbox(1)"), refused(11, 2, "data:text/html,x")));
  }

  @Test
  void aProtocolRelativeAddressIsRefusedWithItsOwnHint() {
    assertRefusedPage("See [elsewhere](//evil.example/x) and [there](/\\evil.example/).\n", List.of(
        "content/demo/en/about.md:5:17: error: link to '//evil.example/x' is not allowed "
            + "(write the address in full, starting with https://)",
        "content/demo/en/about.md:5:47: error: link to '/\\evil.example/' is not allowed "
            + "(write the address in full, starting with https://)"));
  }

  @Test
  void aSessionDescriptionIsCheckedToo() {
    TestSite site = Hostile.builtThenChanged(folder, """
        -- content/demo/fr/sessions/opening.md --
        Les [diapositives](JAVASCRIPT:alert(1)).
        """);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1, "content/demo/fr/sessions/opening.md:1:20: error: link to "
        + "'JAVASCRIPT:alert(1)' is not allowed" + MARKDOWN_HINT);
    before.assertUnchanged();
  }

  @Test
  void checkReportsTheSameAsBuild() {
    TestSite site = Hostile.builtThenChanged(folder, page("See [x](javascript&colon;alert(1)).\n"));
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.run("check"), 1, refused(5, 9, "javascript:alert(1)"));
    before.assertUnchanged();
  }

  @Test
  void sessionLinksStreamsAndTheVenueAddressAreRefusedInEverySpelling() {
    String edition = Minimal.EDITION
        .replace("  name: Palais des congrès\n", "  name: Palais des congrès\n  url: \"java\\tscript:alert(1)\"\n")
        .replace("    name: Lab\n", "    name: Lab\n    stream: JAVASCRIPT:alert(1)\n");
    String sessions = Minimal.SESSIONS.replace("  abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}\n",
        """
          abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}
          links:
            - {title: A, url: "&#106;avascript:alert(1)"}
            - {title: B, url: "javascript&colon;alert(1)"}
            - {title: C, url: " vbscript:msgbox(1)"}
            - {title: D, url: "data:text/html,x"}
            - {title: E, url: //evil.example/x}
        """);
    TestSite site = Hostile.builtThenChanged(folder, edition + sessions);
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1,
        "data/demo/edition.yaml:9:8: error: link to 'javascript:alert(1)' is not allowed" + YAML_HINT,
        "data/demo/edition.yaml:17:13: error: link to 'JAVASCRIPT:alert(1)' is not allowed" + YAML_HINT,
        "data/demo/sessions.yaml:14:23: error: link to 'javascript:alert(1)' is not allowed" + YAML_HINT,
        "data/demo/sessions.yaml:15:23: error: link to 'javascript:alert(1)' is not allowed" + YAML_HINT,
        "data/demo/sessions.yaml:16:23: error: link to 'vbscript:msgbox(1)' is not allowed" + YAML_HINT,
        "data/demo/sessions.yaml:17:23: error: link to 'data:text/html,x' is not allowed" + YAML_HINT,
        "data/demo/sessions.yaml:18:23: error: link to '//evil.example/x' is not allowed" + YAML_HINT);
    before.assertUnchanged();
  }

  @Test
  void aYamlLinkMustBeAbsoluteSinceItIsShownOnSeveralPagesAndInExports() {
    TestSite site = Hostile.builtThenChanged(folder, Minimal.SESSIONS.replace("  languages: [fr]\n",
        "  languages: [fr]\n  links:\n    - {title: Slides, url: slides.pdf}\n"));
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1,
        "data/demo/sessions.yaml:21:28: error: unsafe or invalid URL 'slides.pdf'" + YAML_HINT);
    before.assertUnchanged();
  }

  @Test
  void theAllowedKindsBuildAndNoOtherSchemeReachesTheOutput() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("    name: Lab\n",
            "    name: Lab\n    stream: HTTPS://EXAMPLE.ORG/live/lab\n")
        .replace("  abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}\n", """
              abstract: {en: Welcome to the congress., fr: Bienvenue au congrès.}
              links:
                - {title: Slides, url: "https://example.org/slides.pdf"}
                - {title: Write, url: "mailto:ada@example.org"}
            """)
        .replace("The *demo* congress.\n", """
            The [site](https://example.org/a), [loud](HTTPS://EXAMPLE.ORG/b), [plain](http://example.org/c),
            [mail](mailto:ada@example.org), [relative](venue/), [fragment](#top), [query](?day=1),
            [root](/demo/en/), [encoded](%6Aavascript:alert(1)), ![hall](hall.png), <https://example.org/d>.
            """));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    assertThat(Jsoup.parse(site.file("demo/en/about/index.html")).select("main p a").eachAttr("href"))
        .containsExactly("https://example.org/a", "HTTPS://EXAMPLE.ORG/b", "http://example.org/c",
            "mailto:ada@example.org", "venue/", "#top", "?day=1", "/demo/en/", "%6Aavascript:alert(1)",
            "https://example.org/d");
    assertThat(Jsoup.parse(site.file("demo/en/sessions/opening/index.html")).select("a[href^=mailto]")).hasSize(1);
    for (String file : site.outputFiles()) {
      if (!file.endsWith(".gz") && !file.endsWith(".br")) {
        String text = Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
        assertThat(text).as(file).doesNotContain("javascript:").doesNotContain("vbscript:")
            .doesNotContain("data:text");
      }
    }
  }

  @Test
  void rawHtmlLinksStayText() {
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("The *demo* congress.\n",
        "<a href=\"javascript:alert(1)\">x</a> <img src=x onerror=alert(1)> <svg onload=alert(1)>\n"));
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();

    var prose = Jsoup.parse(site.file("demo/en/about/index.html")).select(".prose");
    assertThat(prose.select("a, img, svg, [onerror], [onload]")).isEmpty();
    assertThat(prose.text()).isEqualTo("<a href=\"javascript:alert(1)\">x</a> <img src=x onerror=alert(1)> "
        + "<svg onload=alert(1)>");
  }

  private void assertMarkdownRefused(Function<String, String> line, int column) {
    StringBuilder body = new StringBuilder();
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < MARKDOWN_SPELLINGS.size(); i++) {
      body.append(line.apply(MARKDOWN_SPELLINGS.get(i)[0])).append("\n\n");
      expected.add(refused(5 + 2 * i, column, MARKDOWN_SPELLINGS.get(i)[1]));
    }
    assertRefusedPage(body.toString(), expected);
  }

  private void assertRefusedPage(String body, List<String> expected) {
    TestSite site = Hostile.builtThenChanged(folder, page(body));
    Hostile.Before before = Hostile.before(site);
    Hostile.assertRefused(site.build(), 1, expected.toArray(String[]::new));
    before.assertUnchanged();
  }

  private static String page(String body) {
    return "-- content/demo/en/about.md --\n---\ntitle: About\nweight: 10\n---\n" + body;
  }

  private static String refused(int line, int column, String followed) {
    return "content/demo/en/about.md:" + line + ":" + column + ": error: link to '" + followed + "' is not allowed"
        + MARKDOWN_HINT;
  }
}
