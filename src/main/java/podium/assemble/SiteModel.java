package podium.assemble;

import java.util.List;

/**
 * Every page to render, every data file to serialize as JSON (typed records), every small text file
 * (hosting configuration), every file to copy, every photo to publish smaller, in a stable order, and the
 * fingerprinted names of the assets.
 */
public record SiteModel(List<PageSpec> pages, List<JsonFile> json, List<TextFile> texts, List<FileCopy> copies,
    List<ScaledPhoto> photos, Fingerprints fingerprints) {

  /** A JSON file: its path relative to the output folder and the record it serializes. */
  public record JsonFile(String path, Object content) {}

  /** A text file written as it is, such as {@code _headers}. */
  public record TextFile(String path, String content) {}
}
