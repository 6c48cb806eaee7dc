package podium.assemble;

/**
 * One HTML page: its output file (relative to the output folder, ending in {@code index.html}), the template
 * that renders it, the common page frame, and the page's own content record.
 */
public record PageSpec(String path, String template, Frame frame, Object content) {

  /** The page's folder, the base of its relative links. */
  public String directory() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }
}
