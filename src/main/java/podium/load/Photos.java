package podium.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import podium.model.FileContent;
import podium.diagnostic.Problems;
import podium.rules.ContentHash;

/**
 * The photos a {@code speakers.yaml} names, read from below the edition's data folder. A path from YAML is
 * untrusted: only a plain relative path inside that folder is ever resolved (the validator reports others).
 */
public final class Photos {
  public static final String RULE = "write a path inside the edition's data folder, such as photos/jane-doe.jpg, "
      + "without '..' or a leading '/'";

  private Photos() {}

  /** True for a relative path of plain names: no '..', '.', hidden, empty or drive-like parts, no backslash. */
  public static boolean isSafePath(String path) {
    if (path == null || path.isBlank() || path.length() > 300 || path.startsWith("/")) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\\' || c == ':') {
        return false;
      }
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || ProjectInputs.isIgnored(part)) {
        return false;
      }
    }
    return true;
  }

  /** The image paths an edition's data names: the speakers' photos, the brand's logo and hero, partners' logos. */
  static List<String> named(List<SpeakerDoc> speakers, EditionDoc edition, List<PartnerDoc> partners) {
    List<String> paths = new ArrayList<>();
    for (SpeakerDoc doc : speakers == null ? List.<SpeakerDoc>of() : speakers) {
      paths.add(doc == null ? null : doc.photo());
    }
    if (edition != null && edition.brand() != null) {
      paths.add(edition.brand().logo());
      paths.add(edition.brand().hero());
    }
    for (PartnerDoc doc : partners == null ? List.<PartnerDoc>of() : partners) {
      paths.add(doc == null ? null : doc.logo());
    }
    return paths;
  }

  /**
   * Each safe, existing image path of {@code paths}, read once, by the path as written. An image reached
   * through a link leading out of the project is reported there and kept unread, so it is not also "not found".
   */
  static Map<String, ImageFile> read(Path folder, List<String> paths, Function<Path, ImageFile> remembered,
      ProjectBoundary project, Problems problems) {
    Map<String, ImageFile> photos = new LinkedHashMap<>();
    for (String path : paths) {
      if (isSafePath(path) && !photos.containsKey(path)) {
        Path file = folder.resolve(path);
        if (!project.admits(file, problems)) {
          photos.put(path, ImageFile.unread(file));
        } else if (Files.isRegularFile(file)) {
          photos.put(path, remembered.apply(file));
        }
      }
    }
    return Map.copyOf(photos);
  }

  /** What the file is: an SVG drawing, a raster image, or neither. */
  static ImageFile probe(Path file) {
    byte[] bytes = ProjectFiles.read(file);
    String hash = ContentHash.of(bytes);
    ImageFile probed = SvgProbe.looksLikeXml(bytes) ? SvgProbe.probe(file, bytes, hash)
        : RasterProbe.probe(file, bytes, hash);
    return probed.with(new FileContent(bytes));
  }
}
