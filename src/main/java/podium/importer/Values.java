package podium.importer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.rules.ControlCharacters;
import podium.rules.LinkTargets;
import podium.validate.Ids;

/**
 * The checks every source's values go through before they become project files: texts without control
 * characters (the loader would refuse them), language codes, link addresses ({@link LinkTargets}: apps and
 * pages open them), ids ({@link Ids}). Each failure is reported at the place given and the value dropped.
 */
final class Values {
  private final String shown;
  private final Problems problems;

  Values(String shown, Problems problems) {
    this.shown = shown;
    this.problems = problems;
  }

  String shown() {
    return shown;
  }

  Problems problems() {
    return problems;
  }

  void error(Position at, String message, String hint) {
    problems.error(shown, at, message, hint);
  }

  /** The text, trimmed, with CR LF as LF; null for none; reported (and null) when it holds a control character. */
  String text(String what, Position at, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    int bad = ControlCharacters.firstIn(lines);
    if (bad >= 0) {
      error(at, what + ": " + ControlCharacters.message(lines.charAt(bad)), null);
      return null;
    }
    return lines;
  }

  /** "en, fr" or "en fr" as language codes; each that is not one is reported. */
  List<String> languages(String what, Position at, String list) {
    List<String> codes = new ArrayList<>();
    if (list == null) {
      return codes;
    }
    for (String code : list.split("[,;\\s]+")) {
      if (code.isEmpty()) {
        continue;
      }
      if (!Ids.isLanguageCode(code)) {
        error(at, what + ": invalid language code '" + code + "'", "write codes such as en, fr, de");
      } else if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /** A link that apps and pages may open (absolute http, https or mailto), else reported and null. */
  Imported.Ref link(String what, Position at, String title, String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    LinkTargets.Refusal refusal = LinkTargets.refusal(url);
    if (refusal != null) {
      error(at, what + ": " + refusal.message(), refusal.hint());
      return null;
    }
    if (!LinkTargets.isAbsoluteLink(url)) {
      error(at, what + ": link to '" + url.strip() + "' is not a full address", "start it with https://");
      return null;
    }
    String label = text(what, at, title);
    return new Imported.Ref(label == null ? host(url) : label, url.strip());
  }

  private static String host(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? url.strip() : host;
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }

  /** An id the source proposes: kept when safe ({@link Ids}), else its slug; null when nothing is left. */
  static String id(String proposed) {
    if (proposed == null) {
      return null;
    }
    return Ids.isSafe(proposed) ? proposed : Slugs.of(proposed);
  }

  /** The last segment of a URL's path ("…/sessions/opening/" → "opening"), or null. */
  static String lastSegment(String url) {
    if (url == null) {
      return null;
    }
    try {
      String path = URI.create(url.strip()).getPath();
      if (path == null) {
        return null;
      }
      String[] segments = path.split("/");
      for (int i = segments.length - 1; i >= 0; i--) {
        if (!segments[i].isEmpty()) {
          return segments[i];
        }
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }
}
