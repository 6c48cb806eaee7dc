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

  /**
   * The text as flexmark should read it, backed by a char array: over a String, each of flexmark's many charAt
   * calls goes through the String's bounds checks and, for text with any character beyond Latin-1 (a
   * typographic apostrophe or dash is enough), its two-byte decoding; under C1 those are calls, not inlined code.
   */
  public static BasedSequence characters(String text) {
    char[] chars = text.toCharArray();
    return com.vladsch.flexmark.util.sequence.CharSubSequence.of(chars, 0, chars.length);
  }

  /** A problem at {@code offset} of the Markdown text. */
  public record Finding(int offset, String message, String hint) {}

  public static List<Finding> check(String markdown) {
    List<Finding> findings = new ArrayList<>();
    if (!mayHoldRefusal(markdown)) {
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
   * Whether the text may hold an address or a reference to refuse, judged without parsing it: the renderer
   * parses every text anyway, and most descriptions hold no link or only plain http(s) links, so parsing them
   * here too would double the Markdown work of a build. The judgement errs only towards parsing: a text is
   * skipped when it has no link opener ({@code ](}, {@code ]:}, {@code <}) and no {@code &#}, or when nothing
   * in it could make a refused address: no character reference ({@code &}), no backslash, no {@code //} that
   * does not follow a colon, and no colon after a scheme-like word other than an allowed scheme (tabs and line
   * breaks a browser would remove end such a word, so {@code java&#9;script:} and {@code java\tscript:} are
   * parsed). A refused address that got past this would still lose its attribute when rendered.
   */
  static boolean mayHoldRefusal(String markdown) {
    boolean opener = markdown.indexOf('<') >= 0 || markdown.contains("](") || markdown.contains("]:");
    if (!opener && !markdown.contains("&#")) {
      return false;
    }
    if (markdown.indexOf('&') >= 0 || markdown.indexOf('\\') >= 0) {
      return true;
    }
    for (int colon = markdown.indexOf(':'); colon >= 0; colon = markdown.indexOf(':', colon + 1)) {
      int start = colon;
      while (start > 0 && isSchemeCharacter(markdown.charAt(start - 1))) {
        start--;
      }
      if (start < colon && !LinkTargets.isAllowedScheme(markdown.substring(start, colon))) {
        return true;
      }
    }
    for (int slashes = markdown.indexOf("//"); slashes >= 0; slashes = markdown.indexOf("//", slashes + 1)) {
      if (slashes == 0 || markdown.charAt(slashes - 1) != ':') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSchemeCharacter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-'
        || c == '.';
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
