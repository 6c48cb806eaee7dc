package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import podium.rules.PlainText;

/** Markdown as the plain text frab apps, calendars and meta descriptions show: no marks, links kept as text. */
class PlainTextTest {
  private static final String MARKDOWN = """
      # Heading

      Some **industrial _competitiveness_** and [a link](https://x.org/a?b=1&c=2) and <https://auto.org>,
      a soft break, `code` and <b>raw</b> &amp; \\*escaped\\*.\\
      After a hard break.

      - item *one*
      - item [two](https://two.org)

      > quoted text

      ```
      code block
      ```
      """;

  @Test
  void marksGoLinksStayAsText() {
    assertThat(PlainText.of(MARKDOWN)).isEqualTo("""
        Heading

        Some industrial competitiveness and a link (https://x.org/a?b=1&c=2) and https://auto.org, a soft \
        break, code and <b>raw</b> & *escaped*.
        After a hard break.

        • item one
        • item two (https://two.org)

        quoted text

        code block""");
  }

  @Test
  void theFirstParagraphSkipsHeadingsAndJoinsLines() {
    assertThat(PlainText.firstParagraph(MARKDOWN)).startsWith("Some industrial competitiveness and a link")
        .endsWith("*escaped*. After a hard break.");
    assertThat(PlainText.firstParagraph("# Only a heading\n")).isNull();
    assertThat(PlainText.of(null)).isNull();
  }

  @Test
  void theFirstParagraphIsTheSameAsInTheWholeText() {
    assertThat(PlainText.firstParagraph("See [the kit][kit] now.\n\nMore.\n\n[kit]: https://example.org/kit\n"))
        .as("a reference defined further down").isEqualTo("See the kit (https://example.org/kit) now.");
    assertThat(PlainText.firstParagraph("```\ncode\n\nstill code\n```\n\nText.\n")).isEqualTo("Text.");
    assertThat(PlainText.firstParagraph("- item\n\n  second\n")).isEqualTo("item");
  }
}
