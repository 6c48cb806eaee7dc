package podium.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import podium.model.Markdown;

/**
 * Markdown to HTML. Raw HTML in Markdown is escaped, not passed through: page text is untrusted input and
 * the site's Content-Security-Policy forbids inline scripts and styles anyway. Each document is converted
 * once, however many pages show it (a fallback body appears in several languages).
 */
final class MarkdownConverter {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Map<Markdown, String> converted = new ConcurrentHashMap<>();

  MarkdownConverter() {
    MutableDataSet options = new MutableDataSet()
        .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
        .set(HtmlRenderer.ESCAPE_HTML, true)
        .set(HtmlRenderer.SUPPRESS_HTML, false)
        .set(TablesExtension.CLASS_NAME, "table");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).nodeRendererFactory(MarkdownText.FACTORY).build();
  }

  String toHtml(Markdown markdown) {
    return converted.computeIfAbsent(markdown, source -> renderer.render(parser.parse(source.text())));
  }
}
