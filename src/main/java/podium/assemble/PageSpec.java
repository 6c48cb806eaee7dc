package podium.assemble;

/**
 * One HTML page: its output file (relative to the output folder, ending in {@code index.html}), the template
 * that renders it, the common page frame, and the page's own content record. {@code rootedLinks} is set for
 * pages served at any depth (404 pages): their links are then root-absolute instead of relative.
 */
public record PageSpec(String path, String template, Frame frame, Object content, RootedLinks rootedLinks) {

  public PageSpec(String path, String template, Frame frame, Object content) {
    this(path, template, frame, content, null);
  }

  /** The page's folder, the base of its relative links. */
  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /** Root-absolute links: a URL starting with {@code from} becomes {@code to} followed by the rest. */
  public record RootedLinks(String from, String to) {
    public String apply(String url) {
      return url.startsWith(from) ? to + url.substring(from.length()) : to + url;
    }
  }
}
