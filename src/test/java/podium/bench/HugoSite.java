package podium.bench;

import static podium.bench.Output.quoted;
import static podium.bench.SyntheticCongress.EDITION_TITLE;
import static podium.bench.SyntheticCongress.LANGUAGES;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The same congress as a Hugo site, in the shape gen_corpus.py writes (one contentDir per language; per
 * language a home, a sessions and a days section, a page per day listing its sessions, a speakers page and a
 * page per session whose front matter carries the programme data), plus the about page the Podium project also
 * has. Layouts come from bench/hugo/ (adapted from ../shared/bench/templates/hugo, see its README).
 */
final class HugoSite {
  private final SyntheticCongress congress;
  private final Output out = Output.to();

  HugoSite(SyntheticCongress congress) {
    this.congress = congress;
  }

  void write(Path site, Path layouts) throws IOException {
    out.copyTree(layouts, site);
    out.write(site.resolve("data/speakers.json"), congress.speakers.stream()
        .map(s -> quoted(s.id()) + ":{\"id\":" + quoted(s.id()) + ",\"name\":" + quoted(s.name())
            + ",\"affiliation\":" + quoted(s.affiliation()) + ",\"country\":" + quoted(s.country()) + "}")
        .collect(Collectors.joining(",", "{", "}")));
    StringBuilder tracks = new StringBuilder("{");
    for (int t = 0; t < SyntheticCongress.TRACKS.size(); t++) {
      tracks.append(t == 0 ? "" : ",").append("\"t").append(t + 1).append("\":{\"id\":\"t").append(t + 1).append('"');
      for (int l = 0; l < LANGUAGES.size(); l++) {
        tracks.append(",\"").append(LANGUAGES.get(l)).append("\":")
            .append(quoted(SyntheticCongress.TRACKS.get(t).get(l)));
      }
      tracks.append('}');
    }
    out.write(site.resolve("data/tracks.json"), tracks.append('}').toString());
    for (int l = 0; l < LANGUAGES.size(); l++) {
      String language = LANGUAGES.get(l);
      Path content = site.resolve("content").resolve(language);
      out.write(content.resolve("_index.md"), "---\ntitle: " + quoted(EDITION_TITLE.get(language)) + "\n---\n");
      out.write(content.resolve("sessions/_index.md"), "---\ntitle: Sessions\n---\n");
      out.write(content.resolve("days/_index.md"), "---\ntitle: Programme\n---\n");
      out.write(content.resolve("speakers.md"),
          "---\ntitle: Speakers\nlayout: speakers\ntranslationKey: speakers\n---\n");
      out.write(content.resolve("about.md"), "---\ntitle: " + quoted(PodiumProject.ABOUT_TITLE.get(language))
          + "\nslug: " + PodiumProject.ABOUT_SLUG.get(language) + "\nweight: 10\nlayout: page\n"
          + "translationKey: about\n---\n" + PodiumProject.aboutText(language));
      for (int d = 0; d < congress.days; d++) {
        LocalDate date = SyntheticCongress.FIRST_DAY.plusDays(d);
        String id = String.format("day-%02d", d + 1);
        out.write(content.resolve("days/" + id + ".md"), "---\ntitle: " + date + "\ndate: " + date + "\nday: " + id
            + "\nlayout: day\ntranslationKey: " + id + "\n---\n");
      }
      for (SyntheticCongress.Session s : congress.sessions) {
        out.write(content.resolve("sessions/" + s.id() + ".md"), frontMatter(s, l) + s.bodies().get(l));
      }
    }
  }

  /** gen_corpus.py's fm(): the session's programme data as Hugo front matter. */
  private static String frontMatter(SyntheticCongress.Session s, int language) {
    return "---\ntitle: " + quoted(s.titles().get(language)) + "\ndate: " + s.date() + "T" + s.start()
        + ":00+02:00\nstart: \"" + s.start() + "\"\nend: \"" + s.end() + "\"\nday: "
        + String.format("day-%02d", s.day() + 1) + "\nroom: " + quoted(SyntheticCongress.ROOM_NAMES.get(s.room()))
        + String.format("\nroomId: r%02d\ntrack: t%d\n", s.room() + 1, s.track() + 1) + "speakers: ["
        + s.speakers().stream().map(Output::quoted).collect(Collectors.joining(", ")) + "]\ntranslationKey: "
        + s.id() + "\n---\n\n";
  }
}
