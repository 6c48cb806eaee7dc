package podium.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from a project folder, not yet checked for consistency. {@code site} is null without
 * {@code site.yaml}; {@code messages} maps a language to its interface strings file, whose value is null when
 * the file has problems; {@code templates} maps a template's name under {@code templates/} to its text;
 * {@code inputDigest} changes exactly when an input file does (templates and assets
 * included).
 */
public record LoadedProject(
    Path root,
    Parsed<SiteDoc> site,
    List<EditionSource> editions,
    List<MarkdownSource> markdown,
    Map<String, Parsed<Map<String, String>>> messages,
    List<StaticFile> staticFiles,
    Map<String, String> templates,
    String inputDigest,
    Map<String, java.time.Instant> committed) {

  public Path templateFolder() {
    return root.resolve(ProjectLoader.TEMPLATES);
  }
}
