package podium.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import podium.diagnostic.Problem;
import podium.model.Markdown;

/**
 * The limit on how deeply a Markdown text nests: quotes, list items, emphasis and links. flexmark parses a line
 * of list markers ({@code - - - x}) and renders every nested element by recursion, so a text nested a few
 * thousand levels deep ends the build in a {@code StackOverflowError}; the parse of deep lists also slows down
 * with the square of their depth. No page needs more than a handful of levels.
 */
final class MarkdownNesting {
  static final int LIMIT = 100;
  private static final String MESSAGE = "Markdown nested more than " + LIMIT + " levels deep";
  private static final String HINT = "quotes, lists, emphasis and links may nest up to " + LIMIT + " levels";

  private MarkdownNesting() {}

  /**
   * Before parsing: the first quote or list marker that opens level {@link #LIMIT} + 1 on its line, or null.
   * Counts markers at the start of each line only, which is what makes flexmark's parser recurse.
   */
  static Problem beforeParsing(Markdown source) {
    String text = source.text();
    int line = 0;
    for (int start = 0; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      int beyond = markerBeyondLimit(text, start, end);
      if (beyond >= 0 && !thematicBreak(text, start, end)) {
        return problem(source, line, beyond - start);
      }
      start = end + 1;
    }
    return null;
  }

  /** The index of the marker that opens level LIMIT + 1 in {@code text[start, end)}, or -1. */
  private static int markerBeyondLimit(String text, int start, int end) {
    int depth = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      int marker = i;
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      } else if (c == '>') {
        i++;
      } else if ((c == '-' || c == '+' || c == '*') && endsMarker(text, i + 1, end)) {
        i++;
      } else if (Character.isDigit(c)) {
        int digits = i;
        while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
          digits++;
        }
        if (digits == end || (text.charAt(digits) != '.' && text.charAt(digits) != ')')
            || !endsMarker(text, digits + 1, end)) {
          return -1;
        }
        i = digits + 1;
      } else {
        return -1;
      }
      if (++depth > LIMIT) {
        return marker;
      }
    }
    return -1;
  }

  /**
   * A thematic break ({@code * * *}) looks like list markers but opens nothing: three or more of one of
   * {@code - * _} and blanks. (A regular expression with a back reference would recurse once per character.)
   */
  private static boolean thematicBreak(String text, int start, int end) {
    char mark = 0;
    int marks = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '*' || c == '_') {
        if (mark != 0 && c != mark) {
          return false;
        }
        mark = c;
        marks++;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marks >= 3;
  }

  private static boolean endsMarker(String text, int next, int end) {
    return next == end || text.charAt(next) == ' ' || text.charAt(next) == '\t';
  }

  /** After parsing: the first element, in reading order, that opens level LIMIT + 1, or null. */
  static Problem afterParsing(Node document, Markdown source) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop() + (nests(node) ? 1 : 0);
      if (depth > LIMIT) {
        return at(source, node.getStartOffset());
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
        depths.push(depth);
      }
    }
    return null;
  }

  /** Quotes and list items nest blocks; emphasis, links and images nest inline elements. */
  private static boolean nests(Node node) {
    return node instanceof BlockQuote || node instanceof ListItem || (!(node instanceof Block) && node.hasChildren());
  }

  /** When flexmark ran out of stack all the same: the text as a whole is blamed. */
  static Problem overflow(Markdown source) {
    return new Problem(source.sourcePath(), source.bodyLine(), 1, "Markdown nested too deeply to render", HINT);
  }

  private static Problem at(Markdown source, int offset) {
    String text = source.text();
    int line = 0;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return problem(source, line, text.codePointCount(lineStart, offset));
  }

  private static Problem problem(Markdown source, int lineInText, int columnInLine) {
    return new Problem(source.sourcePath(), source.bodyLine() + lineInText, columnInLine + 1, MESSAGE, HINT);
  }
}
