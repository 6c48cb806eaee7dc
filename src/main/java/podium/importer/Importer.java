package podium.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problems;
import podium.load.SessionDoc;
import podium.validate.Ids;

/**
 * {@code podium import}: reads a schedule, joins it to the edition's programme ({@link Merge}) and writes the
 * edition's files. Nothing is written when the source has any problem, nor when the edition exists and the
 * import would change it without {@code --update}: then the changes are listed.
 */
public final class Importer {
  /** A source format: frab (schedule.xml or .json), sessionize, table (.csv or .xlsx). */
  public enum Format { FRAB, SESSIONIZE, TABLE }

  public record Request(Path project, Format format, Path file, String shown, String edition, String language,
      boolean update, String timezone, String name, String venue, boolean online) {}

  /** What was (or would be) written; {@code refused} when the edition exists and --update was not given. */
  public record Report(List<String> lines, boolean refused) {}

  private Importer() {}

  public static Report run(Request request) throws InvalidInputException, IOException {
    if (!Ids.isSafe(request.edition())) {
      throw new IllegalArgumentException("unsafe edition id '" + Ids.quoted(String.valueOf(request.edition()))
          + "' (" + Ids.rule(request.edition()) + ")");
    }
    if (request.language() != null && !Ids.isLanguageCode(request.language())) {
      throw new IllegalArgumentException("invalid language code '" + request.language() + "' for --language");
    }
    Path root = request.project().toAbsolutePath().normalize();
    Problems problems = new Problems();
    Existing old = ExistingReader.read(root, request.edition(), problems);
    stopOn(problems);
    boolean exists = old.edition() != null;
    String language = request.language() != null ? request.language() : exists ? old.edition().defaultLanguage() : null;
    if (language == null) {
      throw new IllegalArgumentException("give --language: the language of the texts in '" + request.shown() + "'");
    }
    if (!exists && request.venue() == null && !request.online()) {
      throw new IllegalArgumentException("edition '" + request.edition() + "' is new: give its venue with --venue NAME, "
          + "or --online (a schedule does not say where the event takes place)");
    }
    ZoneId known = exists ? zone(old.edition().timezone()) : request.timezone() == null ? null : zone(request.timezone());
    SourceFile source = new SourceFile(request.file(), request.shown());
    List<Imported> schedules = Sources.read(request.format(), source, language, known, problems);
    stopOn(problems);
    if (schedules.isEmpty() || schedules.get(0).events().isEmpty()) {
      throw new IllegalArgumentException("'" + request.shown() + "' holds no session to import");
    }
    EditionMerge.Defaults defaults = new EditionMerge.Defaults(request.name() != null ? request.name()
        : request.edition(), request.venue(), request.online());
    Existing current = old;
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (Imported imported : schedules) {
      Merge.Result merged = Merge.of(request.edition(), current, imported, defaults);
      merged.descriptions().forEach((id, text) -> descriptions.put(
          "content/" + request.edition() + "/" + imported.language() + "/sessions/" + id + ".md", markdown(text)));
      current = current.with(merged, imported.language());
    }
    List<String> notes = schedules.stream().flatMap(s -> s.notes().stream()).toList();
    List<podium.diagnostic.Problem> wouldNotBuild = ProgrammeCheck.problems(root, request.edition(), current,
        descriptions);
    if (!wouldNotBuild.isEmpty()) {
      throw new InvalidInputException(wouldNotBuild);
    }
    Map<String, String> files = files(request.edition(), old, current, descriptions);
    List<String> changed = ProjectWrites.changed(root, files);
    ProjectWrites.checkInside(root, request.edition(), new ArrayList<>(files.keySet()));
    List<String> lines = new ArrayList<>();
    for (String path : changed) {
      lines.add((java.nio.file.Files.exists(root.resolve(path)) ? "changed " : "created ") + path);
    }
    lines.addAll(Changes.sessions(old.sessions(), current.sessions()));
    lines.addAll(notes);
    if (exists && !changed.isEmpty() && !request.update()) {
      return new Report(lines, true);
    }
    ProjectWrites.write(root, files, changed);
    if (changed.isEmpty()) {
      lines.add("edition '" + request.edition() + "' already has everything '" + request.shown() + "' holds");
    }
    return new Report(lines, false);
  }

  /** The files to write: a programme file only when what it says changes, so its layout and comments stay. */
  private static Map<String, String> files(String edition, Existing old, Existing merged,
      Map<String, String> descriptions) {
    Map<String, String> files = new LinkedHashMap<>();
    String data = "data/" + edition + "/";
    boolean created = old.edition() == null;
    if (created || !merged.edition().equals(old.edition())) {
      files.put(data + "edition.yaml", YamlText.edition(merged.edition()));
    }
    if (created || !merged.sessions().equals(old.sessions())) {
      files.put(data + "sessions.yaml", YamlText.sessions(merged.sessions()));
    }
    if (created || !merged.speakers().equals(old.speakers())) {
      files.put(data + "speakers.yaml", YamlText.speakers(merged.speakers()));
    }
    files.putAll(descriptions);
    return files;
  }

  /**
   * A description as a page body: lines starting with "• " (how plain-text schedules, Podium's among them, write
   * list items) become Markdown list items, or they would run together into one paragraph; a description that
   * could be read as a page header gets an empty one first, so it stays all body.
   */
  private static String markdown(String text) {
    String body = text.lines().map(line -> line.startsWith("• ") ? "- " + line.substring(2) : line)
        .collect(java.util.stream.Collectors.joining("\n"));
    boolean headerLike = body.startsWith("---") || body.lines().anyMatch(line -> line.strip().equals("~~~~~~"));
    return (headerLike ? "---\n---\n" : "") + body + "\n";
  }

  private static ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone '" + name + "' (use an IANA name such as Europe/Paris)");
    }
  }

  private static void stopOn(Problems problems) throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.sorted());
    }
  }

  /** The sessions an import adds and changes, for the report. */
  static final class Changes {
    private Changes() {}

    static List<String> sessions(List<SessionDoc> before, List<SessionDoc> after) {
      Map<String, SessionDoc> old = new LinkedHashMap<>();
      before.forEach(s -> old.put(s.id(), s));
      List<String> added = after.stream().filter(s -> !old.containsKey(s.id())).map(SessionDoc::id).toList();
      List<String> changed = after.stream().filter(s -> old.containsKey(s.id()) && !old.get(s.id()).equals(s))
          .map(SessionDoc::id).toList();
      List<String> lines = new ArrayList<>();
      if (!added.isEmpty()) {
        lines.add("sessions added: " + String.join(", ", added));
      }
      if (!changed.isEmpty()) {
        lines.add("sessions changed: " + String.join(", ", changed));
      }
      return lines;
    }
  }
}
