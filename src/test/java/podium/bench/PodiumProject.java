package podium.bench;

import static podium.bench.Output.quoted;
import static podium.bench.SyntheticCongress.EDITION;
import static podium.bench.SyntheticCongress.EDITION_TITLE;
import static podium.bench.SyntheticCongress.LANGUAGES;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The congress in Podium's own format (see the README's "Writing an edition"): the programme in
 * data/ecc-2025/*.yaml, the session descriptions as plain Markdown (their metadata lives in sessions.yaml,
 * which is what the Hugo site's front matter carries), plus a home and an about page per language.
 */
final class PodiumProject {
  /** The about page's URL word per language; the Hugo site uses the same. */
  static final Map<String, String> ABOUT_SLUG = Map.of("fr", "a-propos", "de", "ueber-uns", "en", "about");
  static final Map<String, String> ABOUT_TITLE =
      Map.of("fr", "À propos", "de", "Über den Kongress", "en", "About the congress");

  private final SyntheticCongress congress;
  private final Output out = Output.to();

  PodiumProject(SyntheticCongress congress) {
    this.congress = congress;
  }

  void write(Path project, Path repository) throws IOException {
    out.copyTree(repository.resolve("templates"), project.resolve("templates"));
    out.copyTree(repository.resolve("assets"), project.resolve("assets"));
    out.write(project.resolve("site.yaml"), "title: " + quoted(EDITION_TITLE.get("fr"))
        + "\nlanguage: fr\nbase_url: https://congress.example.org/\n");
    Path data = project.resolve("data").resolve(EDITION);
    out.write(data.resolve("edition.yaml"), edition());
    out.write(data.resolve("speakers.yaml"), speakers());
    out.write(data.resolve("sessions.yaml"), sessions());
    for (int l = 0; l < LANGUAGES.size(); l++) {
      String language = LANGUAGES.get(l);
      Path content = project.resolve("content").resolve(EDITION).resolve(language);
      out.write(content.resolve("index.md"), "---\ntitle: " + quoted(EDITION_TITLE.get(language))
          + "\nmenu: false\n---\n" + EDITION_TITLE.get(language) + ".\n");
      out.write(content.resolve("about.md"), "---\ntitle: " + quoted(ABOUT_TITLE.get(language)) + "\nslug: "
          + ABOUT_SLUG.get(language) + "\nweight: 10\n---\n" + aboutText(language));
      for (SyntheticCongress.Session session : congress.sessions) {
        out.write(content.resolve("sessions").resolve(session.id() + ".md"), session.bodies().get(l));
      }
    }
  }

  static String aboutText(String language) {
    return "**" + EDITION_TITLE.get(language) + "** – " + String.join(", ", LANGUAGES) + ".\n";
  }

  private String edition() {
    StringBuilder yaml = new StringBuilder("name:\n");
    LANGUAGES.forEach(l -> yaml.append("  ").append(l).append(": ").append(quoted(EDITION_TITLE.get(l))).append('\n'));
    yaml.append("start: ").append(SyntheticCongress.FIRST_DAY).append("\nend: ").append(congress.lastDay())
        .append("\ntimezone: Europe/Paris\nvenue:\n  name: Palais des congrès\n")
        .append("languages: [fr, de, en]\ndefault_language: fr\nrooms:\n");
    for (int r = 0; r < SyntheticCongress.ROOMS; r++) {
      yaml.append(String.format("  - id: r%02d\n    name: %s\n", r + 1, quoted(SyntheticCongress.ROOM_NAMES.get(r))));
    }
    yaml.append("tracks:\n");
    for (int t = 0; t < SyntheticCongress.TRACKS.size(); t++) {
      yaml.append("  - id: t").append(t + 1).append("\n    name: ").append(localized(SyntheticCongress.TRACKS.get(t)))
          .append('\n');
    }
    return yaml.append("types:\n  - id: talk\n    name: {fr: Exposé, de: Vortrag, en: Talk}\n").toString();
  }

  private String speakers() {
    StringBuilder yaml = new StringBuilder();
    for (SyntheticCongress.Speaker speaker : congress.speakers) {
      yaml.append("- id: ").append(speaker.id()).append("\n  name: ").append(quoted(speaker.name()))
          .append("\n  affiliation: ").append(quoted(speaker.affiliation() + ", " + speaker.country())).append('\n');
    }
    return yaml.toString();
  }

  private String sessions() {
    StringBuilder yaml = new StringBuilder();
    for (SyntheticCongress.Session s : congress.sessions) {
      yaml.append("- id: ").append(s.id()).append("\n  title: ").append(localized(s.titles()))
          .append("\n  date: ").append(s.date()).append("\n  start: \"").append(s.start())
          .append("\"\n  end: \"").append(s.end()).append(String.format("\"\n  room: r%02d\n", s.room() + 1))
          .append("  track: t").append(s.track() + 1).append("\n  type: talk\n  speakers: [")
          .append(String.join(", ", s.speakers())).append("]\n  languages: [fr]\n");
    }
    return yaml.toString();
  }

  /** {fr: …, de: …, en: …} from texts indexed like LANGUAGES. */
  private static String localized(List<String> texts) {
    StringBuilder yaml = new StringBuilder("{");
    for (int l = 0; l < LANGUAGES.size(); l++) {
      yaml.append(l == 0 ? "" : ", ").append(LANGUAGES.get(l)).append(": ").append(quoted(texts.get(l)));
    }
    return yaml.append('}').toString();
  }
}
