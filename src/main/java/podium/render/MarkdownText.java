package podium.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders flexmark's text nodes, most of a document, with the same output as its core renderer. That one
 * unescapes and escapes every run of text with regular expressions (a twentieth of a large build's CPU);
 * a run without a backslash, an ampersand or a carriage return (nearly all of them) has nothing to unescape,
 * so it only needs its four HTML-special characters replaced, which a loop does.
 */
final class MarkdownText implements NodeRenderer {
  /** Registered before flexmark's core renderer, so that it renders text nodes instead of it. */
  static final NodeRendererFactory FACTORY = new NodeRendererFactory() {
    @Override
    public NodeRenderer apply(DataHolder options) {
      return new MarkdownText();
    }
  };

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(Text.class, MarkdownText::render));
  }

  private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
    BasedSequence chars = node.getChars();
    String text = chars.toString();
    if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
      html.text(Escaping.normalizeEOL(chars.unescape()));  // what flexmark's CoreNodeRenderer does
    } else {
      html.raw(escapeHtml(text));
    }
  }

  /** What flexmark's {@code Escaping.escapeHtml(text, false)} gives, without a regular expression. */
  static String escapeHtml(String plain) {
    // String.indexOf scans the array directly; charAt is a bounds-checked call per character under C1
    if (plain.indexOf('<') < 0 && plain.indexOf('>') < 0 && plain.indexOf('"') < 0 && plain.indexOf('&') < 0) {
      return plain;
    }
    StringBuilder escaped = null;
    for (int i = 0, length = plain.length(); i < length; i++) {
      String entity = switch (plain.charAt(i)) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '&' -> "&amp;";
        default -> null;
      };
      if (entity != null && escaped == null) {
        escaped = new StringBuilder(length + 16).append(plain, 0, i);
      }
      if (escaped != null) {
        if (entity == null) {
          escaped.append(plain.charAt(i));
        } else {
          escaped.append(entity);
        }
      }
    }
    return escaped == null ? plain : escaped.toString();
  }
}
