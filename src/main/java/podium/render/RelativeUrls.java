package podium.render;

/**
 * Links between pages are relative, so an edition works from any sub-path and from a folder on disk.
 * Both arguments are paths relative to the output root; folders end with a slash.
 */
public final class RelativeUrls {
  private RelativeUrls() {}

  /** The link from a page in folder {@code fromFolder} to {@code target}. */
  public static String between(String fromFolder, String target) {
    int common = 0;
    int limit = Math.min(fromFolder.length(), target.length());
    for (int i = 0; i < limit && fromFolder.charAt(i) == target.charAt(i); i++) {
      if (fromFolder.charAt(i) == '/') {
        common = i + 1;
      }
    }
    StringBuilder link = new StringBuilder();
    for (int i = common; i < fromFolder.length(); i++) {
      if (fromFolder.charAt(i) == '/') {
        link.append("../");
      }
    }
    link.append(target, common, target.length());
    return link.length() == 0 ? "./" : link.toString();
  }
}
