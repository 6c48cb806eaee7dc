package podium.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code new-page}: a Markdown page in every language of an edition, front matter filled in. */
public final class PageScaffold {
  private PageScaffold() {}

  /** Writes {@code content/<edition>/<language>/<name>.md} for each language; returns the files written. */
  public static List<String> write(Path project, String edition, List<String> languages, String name, String title,
      int weight) throws IOException {
    refuseExisting(project, edition, languages, name);
    List<String> written = new ArrayList<>();
    for (String language : languages) {
      EditionScaffold.write(project, "content/" + edition + "/" + language + "/" + name + ".md",
          EditionScaffold.page(title, name, weight, true, Phrases.of(language, "page_body")), written);
    }
    return written;
  }

  /** A page is never written over: when its file exists in any language, none is written. */
  public static void refuseExisting(Path project, String edition, List<String> languages, String name) {
    for (String language : languages) {
      String relative = "content/" + edition + "/" + language + "/" + name + ".md";
      if (Files.exists(project.resolve(relative))) {
        throw new IllegalArgumentException(relative + " already exists");
      }
    }
  }
}
