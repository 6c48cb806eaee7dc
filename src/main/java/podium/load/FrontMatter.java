package podium.load;

import java.util.List;

/**
 * The header of a Markdown page, written as YAML front matter or as a JBake header. {@code type},
 * {@code status}, {@code date} and {@code tags} are JBake's own keys, accepted so JBake pages move over as-is;
 * {@code status=draft} means the same as {@code draft: true} (podium.validate.Drafts reads both, and
 * refuses other statuses). A translation records in {@code source_hash} the hash of the source-language text
 * it was translated from; when the source changes, it is reported outdated.
 */
public record FrontMatter(
    String title,
    String slug,
    Integer weight,
    Boolean menu,
    String description,
    Boolean draft,
    String type,
    String status,
    String date,
    List<String> tags,
    String sourceHash) {

  public static final FrontMatter NONE =
      new FrontMatter(null, null, null, null, null, null, null, null, null, null, null);
}
