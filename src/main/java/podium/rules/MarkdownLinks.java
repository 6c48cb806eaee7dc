package podium.rules;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds, in a Markdown text, what would put a refused address into an attribute (links, images, reference
 * definitions, autolinks) and character references that stand for a control character, each at its offset
 * in the text. It reads Markdown with the options the renderer uses ({@link #OPTIONS}), so both see the same
 * links; code spans and blocks hold no links and are left alone.
 */
public final class MarkdownLinks {
  /** The Markdown the site reads: CommonMark with tables, raw HTML shown as text. */
  public static final DataHolder OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .set(HtmlRenderer.SUPPRESS_HTML, false)
      .set(TablesExtension.CLASS_NAME, "table")
      .toImmutable();
  private static final Parser PARSER = Parser.builder(OPTIONS).build();

  private MarkdownLinks() {}

  /** A problem at {@code offset} of the Markdown text. */
  public record Finding(int offset, String message, String hint) {}

  public static List<Finding> check(String markdown) {
    List<Finding> findings = new ArrayList<>();
    if (!mayHoldLinks(markdown)) {
      return findings; // most descriptions: no need to parse them a second time (the renderer parses them too)
    }
    for (Node node : PARSER.parse(markdown).getDescendants()) {
      if (node instanceof Link || node instanceof Image || node instanceof Reference) {
        LinkNodeBase link = (LinkNodeBase) node;
        address(link.getUrl(), findings);
        controls(link.getTitle(), findings);
      } else if (node instanceof AutoLink autoLink) {
        address(autoLink.getText(), findings);
      } else if (node instanceof HtmlEntity) {
        int c = CharacterReferences.codePoint(node.getChars().toString());
        if (ControlCharacters.isRefused(c)) {
          findings.add(new Finding(node.getStartOffset(), ControlCharacters.message(c), null));
        }
      }
    }
    return findings;
  }

  /**
   * Links need {@code ](} (inline), {@code ]:} (a reference definition) or {@code <} (an autolink), and a
   * character reference {@code &#}; named references never stand for a control character.
   */
  private static boolean mayHoldLinks(String markdown) {
    return markdown.indexOf('<') >= 0 || markdown.contains("](") || markdown.contains("]:")
        || markdown.contains("&#");
  }

  private static void address(BasedSequence url, List<Finding> findings) {
    String address = url.unescape(); // backslash escapes and references, as flexmark writes the attribute
    LinkTargets.Refusal refusal = LinkTargets.refusal(address);
    if (refusal != null) {
      findings.add(new Finding(url.getStartOffset(), refusal.message(), refusal.hint()));
    }
    controls(url, findings);
  }

  private static void controls(BasedSequence text, List<Finding> findings) {
    String decoded = text.unescape();
    int at = ControlCharacters.firstIn(decoded);
    if (at >= 0 && !text.isEmpty()) {
      findings.add(new Finding(text.getStartOffset(), ControlCharacters.message(decoded.codePointAt(at)), null));
    }
  }
}
