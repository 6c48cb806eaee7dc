package podium.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import podium.model.Markdown;
import podium.rules.MarkdownLinks;

/**
 * Markdown to HTML. Raw HTML in Markdown is escaped, not passed through: page text is untrusted input and
 * the site's Content-Security-Policy forbids inline scripts and styles anyway. Link targets are checked by
 * validation, and again here ({@link SafeAddresses}). Each document is converted once, however many pages
 * show it (a fallback body appears in several languages).
 */
final class MarkdownConverter {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Map<Markdown, String> converted = new ConcurrentHashMap<>();

  MarkdownConverter() {
    parser = Parser.builder(MarkdownLinks.OPTIONS).build();
    renderer = HtmlRenderer.builder(MarkdownLinks.OPTIONS).nodeRendererFactory(MarkdownText.FACTORY)
        .attributeProviderFactory(SafeAddresses.FACTORY).build();
  }

  String toHtml(Markdown markdown) {
    return converted.computeIfAbsent(markdown, source -> renderer.render(parser.parse(characters(source.text()))));
  }

  /**
   * The text as flexmark reads it, backed by a char array: over a String, each of flexmark's many charAt calls
   * goes through the String's bounds checks and, for text with any character beyond Latin-1 (a typographic
   * apostrophe or dash is enough), its two-byte decoding; under C1 those are calls, not inlined code.
   */
  private static BasedSequence characters(String text) {
    char[] chars = text.toCharArray();
    return CharSubSequence.of(chars, 0, chars.length);
  }
}
