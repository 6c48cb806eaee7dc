package podium.assemble;

import podium.diagnostic.Position;

/**
 * One HTML page: its output file (relative to the output folder, ending in {@code index.html}), the template
 * that renders it, the common page frame, and the page's own content record. {@code rootedLinks} is set for
 * pages served at any depth (404 pages): their links are then root-absolute instead of relative.
 * {@code origin} is set for Markdown pages, whose URL an editor chooses.
 */
public record PageSpec(String path, String template, Frame frame, Object content, RootedLinks rootedLinks,
    Origin origin) {

  public PageSpec(String path, String template, Frame frame, Object content) {
    this(path, template, frame, content, null, null);
  }

  public PageSpec(String path, String template, Frame frame, Object content, RootedLinks rootedLinks) {
    this(path, template, frame, content, rootedLinks, null);
  }

  public PageSpec(String path, String template, Frame frame, Object content, Origin origin) {
    this(path, template, frame, content, null, origin);
  }

  /** The page's folder, the base of its relative links. */
  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /**
   * Where a Markdown page's URL comes from: the file {@code source}, whose name is the URL's last word, or the
   * slug written at {@code slugAt} in its header (null when there is none).
   */
  public record Origin(String source, Position slugAt) {
    public Position at() {
      return slugAt == null ? Position.START : slugAt;
    }
  }

  /** Root-absolute links: a URL starting with {@code from} becomes {@code to} followed by the rest. */
  public record RootedLinks(String from, String to) {
    public String apply(String url) {
      return url.startsWith(from) ? to + url.substring(from.length()) : to + url;
    }
  }
}
