package podium.scaffold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code new-edition}: an edition with its languages, one day, one room, one session, one speaker and the
 * standard pages in every language, which builds at once. Existing files are never overwritten.
 */
public final class EditionScaffold {
  private EditionScaffold() {}

  /** Writes the edition and returns the files written, relative to the project. */
  public static List<String> write(Path project, String id, String name, List<String> languages, LocalDate day,
      String timezone) throws IOException {
    Path data = project.resolve("data").resolve(id);
    if (Files.exists(data) || Files.exists(project.resolve("content").resolve(id))) {
      throw new IllegalArgumentException("edition '" + id + "' already exists");
    }
    List<String> written = new ArrayList<>();
    String first = languages.get(0);
    write(project, "data/" + id + "/edition.yaml", """
        name: %s
        start: %s
        end: %s
        timezone: %s
        venue:
          name:
        %s
        languages: [%s]
        default_language: %s
        rooms:
          - id: main-hall
            name:
        %s
        types:
          - id: talk
            name:
        %s
        """.formatted(Yaml.quoted(name), day, day, timezone, Phrases.localized(languages, "venue", "    ").stripTrailing(),
        String.join(", ", languages), first, Phrases.localized(languages, "room", "      ").stripTrailing(),
        Phrases.localized(languages, "type", "      ").stripTrailing()), written);
    write(project, "data/" + id + "/speakers.yaml", """
        - id: first-speaker
          name: "First Speaker"
          # photo: photos/first-speaker.jpg   (optional: a JPEG, PNG, WebP, AVIF or SVG file in data/%s/photos/)
        """.formatted(id), written);
    write(project, "data/" + id + "/sessions.yaml", """
        - id: opening
          title:
        %s
          date: %s
          start: "09:00"
          end: "09:30"
          room: main-hall
          type: talk
          speakers: [first-speaker]
          languages: [%s]
          abstract:
        %s
        """.formatted(Phrases.localized(languages, "opening", "    ").stripTrailing(), day, first,
        Phrases.localized(languages, "opening_abstract", "    ").stripTrailing()), written);
    for (String language : languages) {
      String folder = "content/" + id + "/" + language + "/";
      write(project, folder + "index.md", page(name, null, 0, false, Phrases.of(language, "home_body")), written);
      write(project, folder + "about.md", page(Phrases.of(language, "about"), Phrases.of(language, "about_slug"),
          10, true, Phrases.of(language, "about_body")), written);
      write(project, folder + "venue.md", page(Phrases.of(language, "venue"), Phrases.of(language, "venue_slug"),
          20, true, Phrases.of(language, "venue_body")), written);
    }
    return written;
  }

  static String page(String title, String slug, int weight, boolean menu, String body) {
    StringBuilder header = new StringBuilder("---\ntitle: ").append(Yaml.quoted(title)).append('\n');
    if (slug != null) {
      header.append("slug: ").append(slug).append('\n');
    }
    if (weight > 0) {
      header.append("weight: ").append(weight).append('\n');
    }
    if (!menu) {
      header.append("menu: false\n");
    }
    return header.append("---\n").append(body).append('\n').toString();
  }

  static void write(Path project, String relative, String text, List<String> written) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, java.nio.file.StandardOpenOption.CREATE_NEW);
    written.add(relative);
  }
}
