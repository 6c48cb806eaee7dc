package podium.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses may become an {@code href} or {@code src}: the one rule for Markdown links and images, YAML
 * links and exports. The address is read as a browser reads an attribute value, not as written: character
 * references decoded ({@code &#106;}, {@code &#x6A}, {@code &colon;}, {@code &Tab;}), leading and trailing
 * controls and spaces stripped, tabs and line breaks removed anywhere, the scheme compared without case. Only
 * http, https and mailto, or no scheme at all (a relative address), are kept: an allow-list, since every
 * block-list of {@code javascript:} spellings has had a gap. Percent-encoding is left alone, as browsers leave
 * it: {@code %6Aavascript:} has no scheme and stays a relative path.
 */
public final class LinkTargets {
  public static final String HINT = "links may use http, https, mailto or a relative address";
  static final String PROTOCOL_RELATIVE_HINT = "write the address in full, starting with https://";
  private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
  private static final int SHOWN_LENGTH = 80;

  private LinkTargets() {}

  /** Why a link may not point at {@code address}: a message and a hint. */
  public record Refusal(String message, String hint) {}

  /**
   * Null when a browser would follow {@code address} to an http, https or mailto URL or to a relative address
   * of this site; otherwise why not. A protocol-relative address ({@code //host/…}) is refused: its scheme is
   * whatever the page was opened with, a file share for a site opened from disk, and a link to another site
   * loses nothing by naming https.
   */
  public static Refusal refusal(String address) {
    String followed = followed(address);
    String scheme = scheme(followed);
    if (scheme == null ? isProtocolRelative(followed) : !ALLOWED_SCHEMES.contains(scheme)) {
      return new Refusal("link to '" + shown(followed) + "' is not allowed",
          scheme == null ? PROTOCOL_RELATIVE_HINT : HINT);
    }
    return null;
  }

  public static boolean allows(String address) {
    return refusal(address) == null;
  }

  /** True for an absolute http or https URL naming a host, the only kind that works from any page or app. */
  public static boolean isWebAddress(String address) {
    URI uri = uri(address);
    return uri != null && uri.getHost() != null && (is(uri, "http") || is(uri, "https"));
  }

  /** Whether {@code scheme} (without its colon, any case) is one an address may use. */
  public static boolean isAllowedScheme(String scheme) {
    return ALLOWED_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT));
  }

  /** True for an address apps and calendars may open as they are: absolute http(s) with a host, or mailto. */
  public static boolean isAbsoluteLink(String address) {
    URI uri = uri(address);
    return isWebAddress(address) || uri != null && is(uri, "mailto");
  }

  private static boolean is(URI uri, String scheme) {
    return scheme.equalsIgnoreCase(uri.getScheme());
  }

  private static URI uri(String address) {
    if (address == null || !allows(address)) {
      return null;
    }
    try {
      return new URI(address.strip());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** What a browser takes from an attribute holding {@code address}: references decoded, whitespace dropped. */
  static String followed(String address) {
    String decoded = CharacterReferences.decode(address);
    int start = 0;
    int end = decoded.length();
    while (start < end && decoded.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && decoded.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder followed = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = decoded.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        followed.append(c);
      }
    }
    return followed.toString();
  }

  /** The scheme in lower case, as the URL standard's parser reads it; null when there is none. */
  static String scheme(String followed) {
    if (followed.isEmpty() || !isAsciiLetter(followed.charAt(0))) {
      return null;
    }
    for (int i = 1; i < followed.length(); i++) {
      char c = followed.charAt(i);
      if (c == ':') {
        return followed.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return null;
      }
    }
    return null;
  }

  /** Browsers read a backslash as a slash in web addresses, so {@code \\host} and {@code /\host} count too. */
  private static boolean isProtocolRelative(String followed) {
    return followed.length() >= 2 && isSlash(followed.charAt(0)) && isSlash(followed.charAt(1));
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The address as quoted in a message: cut short when long (a data: URL may be megabytes), controls shown as �. */
  private static String shown(String followed) {
    String cut = followed.length() <= SHOWN_LENGTH ? followed : followed.substring(0, SHOWN_LENGTH) + "…";
    StringBuilder shown = new StringBuilder(cut.length());
    cut.codePoints().forEach(c -> shown.appendCodePoint(ControlCharacters.isRefused(c) ? 0xFFFD : c));
    return shown.toString();
  }
}
