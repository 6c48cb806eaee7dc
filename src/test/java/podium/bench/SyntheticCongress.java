package podium.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A deterministic synthetic congress for the benchmark, written both as a Podium project and as a Hugo site,
 * so that both tools build the same congress. Its shape follows ../shared/bench/gen_corpus.py (the shared
 * reference corpus): languages fr (default), de, en; ten rooms, eight tracks, ten one-hour slots a day (45 min
 * + 15 min break from 08:00), so 100 sessions a day; max(20, S/2) speakers, one to three per session; a
 * ~300-word Markdown description per session and language (heading, four paragraphs with bold, italic and a
 * link, a four-item list). The numbers are drawn from java.util.Random, so the text is not byte-identical to
 * the Python corpus, only equal in size and shape.
 *
 * <p>Usage: {@code SyntheticCongress S SEED OUTDIR [REPOSITORY]} writes {@code OUTDIR/podium/} (templates and
 * assets copied from REPOSITORY, default the working directory) and {@code OUTDIR/hugo/} (layouts from
 * {@code REPOSITORY/bench/hugo/}). It is plain JDK code, so bench/run.sh compiles it with javac alone and does
 * not depend on the test classpath (which other people's half-written tests may break).
 */
public final class SyntheticCongress {
  static final List<String> LANGUAGES = List.of("fr", "de", "en");
  static final String EDITION = "ecc-2025";
  static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 2);
  static final int ROOMS = 10;
  static final int SLOTS = 10;
  static final List<String> ROOM_NAMES = List.of("Salle Europa", "Saal Rhein", "Room Danube", "Salle Loire",
      "Saal Elbe", "Room Thames", "Salle Seine", "Saal Main", "Room Tagus", "Salle Rhône");
  /** Track id to its name in fr, de, en (gen_corpus.py's TRACKS). */
  static final List<List<String>> TRACKS = List.of(
      List.of("Transition verte", "Grüner Wandel", "Green transition"),
      List.of("Transition numérique", "Digitaler Wandel", "Digital transition"),
      List.of("Résilience", "Resilienz", "Resilience"),
      List.of("Compétences", "Kompetenzen", "Skills"),
      List.of("Internationalisation", "Internationalisierung", "Internationalisation"),
      List.of("Financement", "Finanzierung", "Funding"),
      List.of("Politique régionale", "Regionalpolitik", "Regional policy"),
      List.of("Start-ups", "Start-ups", "Start-ups"));
  static final Map<String, String> EDITION_TITLE = Map.of("fr", "Congrès européen des clusters 2025",
      "de", "Europäischer Clusterkongress 2025", "en", "European Cluster Congress 2025");

  /** One speaker of the pool. */
  record Speaker(String id, String name, String affiliation, String country) {}

  /** One session: {@code day} counts from 0; title and body are indexed like LANGUAGES. */
  record Session(String id, int day, int slot, int room, int track, List<String> speakers,
      List<String> titles, List<String> bodies) {
    LocalDate date() {
      return FIRST_DAY.plusDays(day);
    }

    String start() {
      return String.format("%02d:00", 8 + slot);
    }

    String end() {
      return String.format("%02d:45", 8 + slot);
    }
  }

  final int size;
  final int days;
  final List<Speaker> speakers = new ArrayList<>();
  final List<Session> sessions = new ArrayList<>();

  SyntheticCongress(int size, long seed) {
    this.size = size;
    this.days = (size + ROOMS * SLOTS - 1) / (ROOMS * SLOTS);
    Random random = new Random(seed + size);
    Words words = new Words(random);
    for (int i = 0; i < Math.max(20, size / 2); i++) {
      speakers.add(new Speaker(String.format("spk-%05d", i + 1),
          words.pick(Words.FIRST) + " " + words.pick(Words.LAST),
          "Cluster " + words.pick(Words.LAST) + " " + words.pick(Words.COMPANY), words.pick(Words.COUNTRIES)));
    }
    for (int k = 0; k < size; k++) {
      int inDay = k % (ROOMS * SLOTS);
      TreeSet<String> chosen = new TreeSet<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        chosen.add(speakers.get(random.nextInt(speakers.size())).id());
      }
      List<String> titles = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      for (String language : LANGUAGES) {
        String title = words.sentence(language, 4 + random.nextInt(5));
        titles.add(title.substring(0, title.length() - 1));
      }
      for (String language : LANGUAGES) {
        bodies.add(words.body(language));
      }
      sessions.add(new Session(String.format("s%05d", k + 1), k / (ROOMS * SLOTS), inDay / ROOMS,
          inDay % ROOMS, k % TRACKS.size(), List.copyOf(chosen), titles, bodies));
    }
  }

  LocalDate lastDay() {
    return FIRST_DAY.plusDays(days - 1);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: SyntheticCongress SESSIONS SEED OUTDIR [REPOSITORY]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[0]);
    Path out = Path.of(args[2]);
    Path repository = Path.of(args.length > 3 ? args[3] : ".");
    SyntheticCongress congress = new SyntheticCongress(size, Long.parseLong(args[1]));
    Output.clear(out);
    new PodiumProject(congress).write(out.resolve("podium"), repository);
    new HugoSite(congress).write(out.resolve("hugo"), repository.resolve("bench/hugo"));
    System.out.printf("S=%d days=%d speakers=%d sessions per language=%d%n", size, congress.days,
        congress.speakers.size(), size);
  }
}
