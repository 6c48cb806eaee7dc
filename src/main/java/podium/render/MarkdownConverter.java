package podium.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import podium.diagnostic.Problem;
import podium.model.Markdown;
import podium.rules.MarkdownLinks;
import podium.rules.Memo;
import podium.rules.PlainText;

/**
 * Markdown to HTML. Raw HTML in Markdown is escaped, not passed through: page text is untrusted input and
 * the site's Content-Security-Policy forbids inline scripts and styles anyway. Link targets are checked by
 * validation, and again here ({@link SafeAddresses}). Each document is converted once, however many pages show
 * it, while the heap allows ({@link Memo}): a fallback body appears in several languages, and the news feed
 * converts its items with its own converter. A document nested beyond {@link MarkdownNesting#LIMIT} is not
 * rendered but reported.
 */
public final class MarkdownConverter {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Memo<Markdown, Converted> converted = new Memo<>(this::converted);

  public MarkdownConverter() {
    parser = Parser.builder(MarkdownLinks.OPTIONS).build();
    renderer = HtmlRenderer.builder(MarkdownLinks.OPTIONS).nodeRendererFactory(MarkdownText.FACTORY)
        .attributeProviderFactory(SafeAddresses.FACTORY).build();
  }

  /** The HTML of {@code markdown}, or the problem that keeps it from being rendered. */
  public Converted convert(Markdown markdown) {
    return converted.of(markdown);
  }

  private Converted converted(Markdown source) {
    try {
      Problem tooDeep = MarkdownNesting.beforeParsing(source);
      if (tooDeep != null) {
        return new Converted(null, tooDeep);
      }
      Node document = parser.parse(MarkdownLinks.characters(source.text()));
      tooDeep = MarkdownNesting.afterParsing(document, source);
      if (tooDeep != null) {
        return new Converted(null, tooDeep);
      }
      // the open-data files want the same text without markup: from this tree, not a second parse
      PlainText.rememberFrom(source.text(), document);
      return new Converted(renderer.render(document), null);
    } catch (StackOverflowError e) {
      return new Converted(null, MarkdownNesting.overflow(source));
    }
  }

  /** HTML, or (html null) the problem that stopped it. */
  public record Converted(String html, Problem problem) {}
}
