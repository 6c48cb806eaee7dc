package podium.rules;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Markdown rendered to plain text, for readers that show no markup: frab apps, calendar descriptions, meta
 * descriptions. It walks the tree flexmark parses (with the options the pages use, {@link MarkdownLinks#OPTIONS}),
 * so emphasis, headings and code lose their marks exactly where the pages would render them. A link keeps its
 * text and its address in parentheses (the address would otherwise be lost); an image gives its text
 * alternative; raw HTML, shown as text on the pages, is kept as the pages show it; blocks are separated by a
 * blank line, list items start with "• ".
 */
public final class PlainText {
  private static final Parser PARSER = Parser.builder(MarkdownLinks.OPTIONS).build();
  private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\](?!\\()");
  private static final Memo<String, Plain> BOTH = new Memo<>(PlainText::parsed);
  /** First paragraphs, "" for a text without one ({@link Memo} keeps no nulls). */
  private static final Memo<String, String> FIRST = new Memo<>(markdown -> {
    String first = firstParagraphParsed(markdown);
    return first == null ? "" : first;
  });

  private PlainText() {}

  /** The whole text, or null for null. */
  public static String of(String markdown) {
    return markdown == null ? null : both(markdown).text();
  }

  /** A text as plain text and its first paragraph (null when it has none), from one parse. */
  public record Plain(String text, String firstParagraph) {}

  public static Plain both(String markdown) {
    return BOTH.of(markdown);
  }

  /**
   * Remembers the plain text of {@code markdown} from {@code document}, the tree the pages' converter parsed it
   * to (with the same options, {@link MarkdownLinks#OPTIONS}), unless it is known: the open-data files then find
   * it without parsing the text a second time.
   */
  public static void rememberFrom(String markdown, Node document) {
    BOTH.offer(markdown, () -> plain(markdown, document));
  }

  private static Plain parsed(String markdown) {
    return plain(markdown, PARSER.parse(MarkdownLinks.characters(markdown)));
  }

  private static Plain plain(String markdown, Node document) {
    StringBuilder out = new StringBuilder(markdown.length());
    render(document, out);
    return new Plain(tidy(out), firstParagraphIn(document));
  }

  /** The first paragraph's text (a heading is skipped), or null when there is none. */
  public static String firstParagraph(String markdown) {
    if (markdown == null) {
      return null;
    }
    String first = FIRST.of(markdown);
    return first.isEmpty() ? null : first;
  }

  private static String firstParagraphParsed(String markdown) {
    String head = head(markdown);
    if (head != null) {
      String first = firstParagraphOf(head);
      if (first != null) {
        return first;
      }
    }
    return firstParagraphOf(markdown);
  }

  /**
   * The text up to the blank line that ends its first block of text other than a heading: its first paragraph
   * reads the same there as in the whole text, and pages and exports need it for every session in every
   * language, so parsing only this much saves most of the work. Null (parse it all) when a ']' not opening an
   * inline link's '(' could be a reference to a definition further down.
   */
  private static String head(String markdown) {
    boolean text = false;
    int end = 0;
    while (end < markdown.length()) {
      int next = markdown.indexOf('\n', end);
      String line = (next < 0 ? markdown.substring(end) : markdown.substring(end, next)).strip();
      if (line.isEmpty() && text) {
        break;
      }
      text |= !line.isEmpty() && !line.startsWith("#");
      end = next < 0 ? markdown.length() : next + 1;
    }
    String head = markdown.substring(0, end);
    return REFERENCE.matcher(head).find() ? null : head;
  }

  private static String firstParagraphOf(String markdown) {
    return firstParagraphIn(PARSER.parse(MarkdownLinks.characters(markdown)));
  }

  private static String firstParagraphIn(Node document) {
    for (Node node : document.getDescendants()) {
      if (node instanceof Paragraph paragraph) {
        StringBuilder out = new StringBuilder();
        inline(paragraph, out);
        String text = tidy(out).replace('\n', ' ');
        if (!text.isBlank()) {
          return text;
        }
      }
    }
    return null;
  }

  private static void render(Node parent, StringBuilder out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof CodeBlock || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
        blockBreak(out);
        out.append(node instanceof FencedCodeBlock fenced ? fenced.getContentChars() : node.getChars());
      } else if (node instanceof HtmlBlock) {
        blockBreak(out);
        out.append(node.getChars());
      } else if (node instanceof ListItem) {
        if (node.getPrevious() != null) {
          lineBreak(out);  // the list itself made room before its first item
        }
        out.append("• ");
        int start = out.length();
        render(node, out);
        // the item's first paragraph follows its bullet on the same line
        while (out.length() > start && out.charAt(start) == '\n') {
          out.deleteCharAt(start);
        }
      } else if (node instanceof Block && node.getFirstChild() != null && !(node instanceof Paragraph)
          && node.getFirstChild() instanceof Block) {
        blockBreak(out);  // quotes and lists
        render(node, out);
      } else if (node instanceof Block) {
        blockBreak(out);
        inline(node, out);
      } else {
        inline(node, out);
      }
    }
  }

  private static void inline(Node parent, StringBuilder out) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text || node instanceof TextBase || node instanceof HtmlEntity) {
        out.append(unescaped(node.getChars().toString()));
      } else if (node instanceof Code code) {
        out.append(code.getText());
      } else if (node instanceof SoftLineBreak) {
        out.append(' ');
      } else if (node instanceof HardLineBreak) {
        out.append('\n');
      } else if (node instanceof HtmlInline) {
        out.append(node.getChars());
      } else if (node instanceof AutoLink link) {
        out.append(link.getText());
      } else if (node instanceof Link link) {
        int start = out.length();
        inline(link, out);
        String url = link.getUrl().toString();
        if (!url.isEmpty() && !out.substring(start).equals(url)) {
          out.append(" (").append(unescaped(url)).append(')');
        }
      } else if (node instanceof LinkRef reference && reference.isDefined()) {
        int start = out.length();
        inline(reference, out);
        ReferenceRepository references = Parser.REFERENCES.get(reference.getDocument());
        Reference target = references.get(references.normalizeKey(reference.getReference()));
        String url = target == null ? "" : target.getUrl().toString();
        if (!url.isEmpty() && !out.substring(start).equals(url)) {
          out.append(" (").append(unescaped(url)).append(')');
        }
      } else if (node instanceof Image image) {
        inline(image, out);
      } else if (node.getFirstChild() != null) {
        inline(node, out);
      } else {
        out.append(node.getChars());
      }
    }
  }

  private static void blockBreak(StringBuilder out) {
    lineBreak(out);
    if (out.length() > 0) {
      out.append('\n');
    }
  }

  private static void lineBreak(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
    if (out.length() > 0) {
      out.append('\n');
    }
  }

  /**
   * Backslash escapes and character references replaced, as flexmark's {@link Escaping#unescapeString} does; a
   * text with neither (most) is returned as it is, without the regular expression it runs on every text.
   */
  private static String unescaped(String text) {
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }

  /**
   * Spaces and tabs before a line break dropped, three or more line breaks in a row made two, white space at
   * either end stripped: in one pass, as the text is long and this runs for every description.
   */
  static String tidy(CharSequence out) {
    StringBuilder tidy = new StringBuilder(out.length());
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n') {
        int end = tidy.length();
        while (end > 0 && (tidy.charAt(end - 1) == ' ' || tidy.charAt(end - 1) == '\t')) {
          end--;
        }
        tidy.setLength(end);
        if (end >= 2 && tidy.charAt(end - 1) == '\n' && tidy.charAt(end - 2) == '\n') {
          continue;
        }
      }
      tidy.append(c);
    }
    return tidy.toString().strip();
  }
}
