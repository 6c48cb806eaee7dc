package podium.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text renderer is a shortcut: its output must be flexmark's own, character for character. */
class MarkdownTextTest {
  private static final String TRICKY = """
      # Quotes "and" <tags> & more

      A paragraph with *emphasis*, `code <b>`, a [link "title"](https://example.org/?a=1&b=2 "t<i>"),
      an escaped \\*star\\*, an entity &eacute; &amp; &#x41;, a bare & and < and > and "quotes" and 'single'.\r
      Windows line\r\nbreaks and ünïcödé – dashes — and emoji 🎉.

      - a list item with <script>alert(1)</script>
      - another & one

      | a | b "c" |
      |---|---|
      | <x> | & |

      <div onclick="x">raw HTML</div>
      """;

  @Test
  void rendersDocumentsExactlyAsFlexmarkDoes() {
    MutableDataSet options = new MutableDataSet()
        .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
        .set(HtmlRenderer.ESCAPE_HTML, true);
    Parser parser = Parser.builder(options).build();
    String flexmark = HtmlRenderer.builder(options).build().render(parser.parse(TRICKY));
    String ours = HtmlRenderer.builder(options).nodeRendererFactory(MarkdownText.FACTORY).build()
        .render(parser.parse(TRICKY));

    assertThat(ours).isEqualTo(flexmark).contains("&quot;and&quot; &lt;tags&gt;", "*star*", "é &amp; A");
  }

  @Test
  void escapesAsFlexmarkDoes() {
    for (String text : List.of("", "plain", "<", "a > b", "\"q\"", "x & y", "&lt;", "'", "<<>>\"\"&&", "é<ü>")) {
      assertThat(MarkdownText.escapeHtml(text)).as(text).isEqualTo(Escaping.escapeHtml(text, false));
    }
  }
}
