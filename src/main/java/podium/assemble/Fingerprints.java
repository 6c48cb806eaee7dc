package podium.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import podium.load.StaticFile;

/**
 * Shared assets are published under names that carry their content hash ({@code css/site.3f9a1c2b07.css}),
 * so hosts may cache them forever: a changed file gets a new name. Templates keep writing the plain name;
 * links to it are rewritten when pages are rendered.
 */
public record Fingerprints(Map<String, String> names) {

  static Fingerprints of(List<StaticFile> files) {
    Map<String, String> names = new HashMap<>();
    for (StaticFile file : files) {
      if (file.edition() == null && file.hash() != null) {
        names.put(file.relative(), fingerprinted(file.relative(), file.hash()));
      }
    }
    return new Fingerprints(Map.copyOf(names));
  }

  /** {@code css/site.css} with hash {@code 3f9a} is {@code css/site.3f9a.css}. */
  static String fingerprinted(String relative, String hash) {
    int slash = relative.lastIndexOf('/');
    int dot = relative.lastIndexOf('.');
    if (dot <= slash + 1) {
      return relative + "." + hash;
    }
    return relative.substring(0, dot) + "." + hash + relative.substring(dot);
  }

  /** The published name of an asset given by its path below {@code assets/}, or the path itself. */
  public String of(String relative) {
    return names.getOrDefault(relative, relative);
  }
}
