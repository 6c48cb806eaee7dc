package podium.rules;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ICU message taken apart for the browser's scripts, which have {@code Intl.PluralRules} but no MessageFormat:
 * a list of pieces, each a text, {@code {"arg": name}}, {@code {"hash": true}} (the "#" of a plural: its number),
 * or a choice {@code {"arg": name, "kind": "plural"|"selectordinal"|"select", "offset": n, "cases": {key:
 * pieces}}}. Quotes are already resolved, so the script only joins texts. The same parse as {@link IcuMessages}.
 */
public final class MessageParts {
  private final MessagePattern pattern;

  private MessageParts(String text) {
    this.pattern = new MessagePattern(text);
  }

  /** The pieces of a valid pattern (plain lists, maps and strings, in a fixed order for a stable build). */
  public static List<Object> of(String text) {
    MessageParts parts = new MessageParts(text);
    return parts.message(0);
  }

  private List<Object> message(int start) {
    List<Object> pieces = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int previous = pattern.getPart(start).getLimit();
    for (int i = start + 1; ; i++) {
      Part part = pattern.getPart(i);
      literal.append(pattern.getPatternString(), previous, part.getIndex());
      if (part.getType() == Part.Type.MSG_LIMIT) {
        break;
      }
      previous = part.getLimit();
      switch (part.getType()) {
        case INSERT_CHAR -> literal.append((char) part.getValue());
        case REPLACE_NUMBER -> {
          flush(literal, pieces);
          pieces.add(Map.of("hash", true));
        }
        case ARG_START -> {
          flush(literal, pieces);
          int limit = pattern.getLimitPartIndex(i);
          pieces.add(argument(i, limit));
          previous = pattern.getPart(limit).getLimit();
          i = limit;
        }
        default -> { } // SKIP_SYNTAX: a quote that only escapes
      }
    }
    flush(literal, pieces);
    return pieces;
  }

  private Map<String, Object> argument(int start, int limit) {
    Map<String, Object> piece = new LinkedHashMap<>();
    piece.put("arg", pattern.getSubstring(pattern.getPart(start + 1)));
    ArgType type = pattern.getPart(start).getArgType();
    if (type != ArgType.PLURAL && type != ArgType.SELECTORDINAL && type != ArgType.SELECT) {
      return piece; // a plain value, or a number/date style the scripts show as the value itself
    }
    piece.put("kind", type == ArgType.SELECT ? "select" : type == ArgType.PLURAL ? "plural" : "selectordinal");
    int j = start + 2;
    double offset = 0;
    if (type != ArgType.SELECT && pattern.getPart(j).getType().hasNumericValue()) {
      offset = pattern.getNumericValue(pattern.getPart(j));
      j++;
    }
    if (type != ArgType.SELECT) {
      piece.put("offset", (long) offset);
    }
    Map<String, Object> cases = new LinkedHashMap<>();
    while (j < limit) {
      String key = pattern.getSubstring(pattern.getPart(j));
      j++;
      if (pattern.getPart(j).getType().hasNumericValue()) {
        j++; // "=2": the key keeps its "="
      }
      cases.put(key, message(j));
      j = pattern.getLimitPartIndex(j) + 1;
    }
    piece.put("cases", cases);
    return piece;
  }

  private static void flush(StringBuilder literal, List<Object> pieces) {
    if (!literal.isEmpty()) {
      pieces.add(literal.toString());
      literal.setLength(0);
    }
  }
}
