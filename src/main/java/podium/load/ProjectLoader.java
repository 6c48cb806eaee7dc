package podium.load;

import com.fasterxml.jackson.databind.JavaType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.diagnostic.Tasks;
import podium.model.ImageFormat;
import podium.model.FileContent;
import podium.rules.ContentHash;

/**
 * Reads a project folder laid out as JBake projects are ({@code content/ templates/ assets/ data/}).
 * Files are parsed in parallel; results keep a sorted order so builds are reproducible.
 */
public final class ProjectLoader {
  public static final String CONTENT = "content";
  public static final String DATA = "data";
  public static final String TEMPLATES = "templates";
  public static final String ASSETS = "assets";
  public static final String MESSAGES = TEMPLATES + "/i18n";
  static final Set<String> EDITION_FILES = Set.of("edition.yaml", "sessions.yaml", "speakers.yaml", "partners.yaml");

  private final YamlBinder yaml = new YamlBinder();
  private final ListChunks listChunks = new ListChunks(yaml);
  private final InputReads reads;
  /** The project folder of the current load: no link leading out of it is followed. */
  private ProjectBoundary project;
  private final FrontMatterReader frontMatter = new FrontMatterReader(yaml);
  private final JavaType sessionList = yaml.types().constructCollectionType(List.class, SessionDoc.class);
  private final JavaType speakerList = yaml.types().constructCollectionType(List.class, SpeakerDoc.class);
  private final JavaType partnerList = yaml.types().constructCollectionType(List.class, PartnerDoc.class);
  private final JavaType stringMap = yaml.types().constructMapType(LinkedHashMap.class, String.class, String.class);

  /** A loader that reads every file each time. */
  public ProjectLoader() {
    this(null);
  }

  /** A loader that re-reads only files changed since the last load (the preview server's). */
  public ProjectLoader(FileMemo memo) {
    this.reads = new InputReads(memo);
  }

  /**
   * The paths a file watcher saw change since the last load, and whether that is all (null: unknown): the next
   * load, and only it, lists {@code content/} from the last load's listing with them applied, when it can.
   */
  public void expect(ChangedInputs changes) {
    reads.expect(changes);
  }

  private <T> T remembered(Path file, java.util.function.Supplier<T> parse) {
    return reads.remembered(file, parse);
  }

  /** The project at {@code root}; a folder that does not exist is a mistake in the command, not in the input. */
  public LoadedProject load(Path root, Problems problems) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("no project folder at " + root
          + " (run podium inside the project, or give its folder with --project)");
    }
    reads.begin();
    project = new ProjectBoundary(root);
    Path siteFile = root.resolve("site.yaml");
    Parsed<SiteDoc> site = project.admits(siteFile, problems) && Files.isRegularFile(siteFile)
        ? remembered(siteFile, () -> yaml.read("site.yaml", text(root, siteFile, problems), SiteDoc.class, 0, problems))
        : null;
    // The programme files are few and large (one sessions.yaml may hold thousands of sessions, parsed on one
    // thread): they are parsed while the many small pages are read.
    boolean dataRead = project.admits(root.resolve(DATA), problems);
    List<Path> editionFolders = dataRead ? ProjectFiles.children(root.resolve(DATA)) : List.of();
    Tasks.Background<List<EditionSource>> editionsRead = Tasks.supply(() -> editionFolders.parallelStream()
            .map(entry -> edition(root, entry, problems)).filter(e -> e != null).toList());
    List<StaticFile> staticFiles = new ArrayList<>();
    List<Path> markdownFiles = new ArrayList<>();
    List<Path> contentFiles = reads.listContent(project, root.resolve(CONTENT), problems);
    for (Path file : contentFiles) {
      Path relative = root.resolve(CONTENT).relativize(file);
      if (file.getFileName().toString().endsWith(".md")) {
        markdownFiles.add(file);
      } else if (relative.getNameCount() < 2) {
        problems.error(ProjectFiles.slashes(root.relativize(file)), Position.START,
            "file is not inside an edition folder", "move it to content/<edition>/");
      } else {
        FileContent content = remembered(file, () -> new FileContent(ProjectFiles.read(file)));
        staticFiles.add(new StaticFile(file, relative.getName(0).toString(),
            ProjectFiles.slashes(relative.subpath(1, relative.getNameCount())), null, content));
        // copied as it is, but still input: a changed image must change what the offline worker caches
        reads.record(file, ContentHash.checksum(content.bytes()));
      }
    }
    List<MarkdownSource> markdown = markdownFiles.parallelStream()
        .map(file -> remembered(file, () -> markdown(root, file, problems))).filter(m -> m != null).toList();
    staticFiles.addAll(reads.walk(project, root.resolve(ASSETS), problems).parallelStream()
        .map(file -> asset(root, file))
        .toList());
    Map<String, String> templates = templates(root, problems);
    boolean stringsRead = project.admits(root.resolve(MESSAGES), problems);
    Map<String, Parsed<Map<String, String>>> strings = stringsRead ? messages(root, problems) : Map.of();
    List<EditionSource> editions = dataRead ? Tasks.join(editionsRead) : Placeholders.editionsOf(markdown, staticFiles);
    Map<String, Parsed<Map<String, String>>> messages = stringsRead ? strings : Placeholders.stringsFor(editions);
    staticFiles.stream().filter(file -> file.hash() != null)
        .forEach(file -> reads.record(file.source(), file.hash()));
    // the preview (a memo) publishes no sitemap anyone reads: it does not ask git on every edit
    return new LoadedProject(root, site, editions, markdown, messages, staticFiles, templates,
        reads.end(root), reads.remembers() ? Map.of() : CommitDates.of(root));
  }

  /** A shared asset: its content, and a digest of it for its fingerprinted name. */
  private StaticFile asset(Path root, Path file) {
    StaticFile read = remembered(file, () -> {
      byte[] bytes = ProjectFiles.read(file);
      return new StaticFile(file, null, null, ContentHash.of(bytes), new FileContent(bytes));
    });
    return new StaticFile(file, null, ProjectFiles.slashes(root.resolve(ASSETS).relativize(file)), read.hash(),
        read.content());
  }

  private EditionSource edition(Path root, Path folder, Problems problems) {
    String id = folder.getFileName().toString();
    String base = DATA + "/" + id;
    if (!project.admitsEntry(folder, problems)) {
      return Placeholders.edition(id);
    }
    if (!Files.isDirectory(folder)) {
      problems.error(base, Position.START, "unexpected file in data/",
          "each edition is a folder data/<edition>/ holding edition.yaml, sessions.yaml and speakers.yaml");
      return null;
    }
    for (Path file : ProjectFiles.children(folder)) {
      String name = file.getFileName().toString();
      // folders hold the speakers' photos; a loose file is more likely a misnamed programme file
      if (!EDITION_FILES.contains(name) && !Files.isDirectory(file)) {
        problems.error(base + "/" + name, Position.START, "unexpected file in an edition folder",
            ImageFormat.byName(name) != null ? "put photos in a folder, such as " + base + "/photos/"
                : Suggestions.hint(name, EDITION_FILES.stream().sorted().toList()));
      }
    }
    Path editionFile = folder.resolve("edition.yaml");
    if (!project.admitsEntry(editionFile, problems)) {
      return Placeholders.edition(id);
    }
    if (!Files.isRegularFile(editionFile)) {
      problems.error(base + "/edition.yaml", Position.START, "edition file is missing",
          "every folder under data/ is an edition and needs an edition.yaml");
      return null;
    }
    Parsed<EditionDoc> edition = remembered(editionFile, () -> yaml.read(base + "/edition.yaml",
        text(root, editionFile, problems), EditionDoc.class, 0, problems));
    Parsed<List<SpeakerDoc>> speakers = optionalList(root, folder.resolve("speakers.yaml"), speakerList, problems);
    Parsed<List<PartnerDoc>> partners = optionalList(root, folder.resolve("partners.yaml"), partnerList, problems);
    return new EditionSource(id, edition,
        optionalList(root, folder.resolve("sessions.yaml"), sessionList, problems), speakers,
        Photos.read(folder, Photos.named(speakers == null ? null : speakers.value(), edition == null ? null
            : edition.value(), partners == null ? null : partners.value()), this::photo, project, problems),
        partners,
        ReleaseFiles.read(folder, base, project, file -> remembered(file, () -> yaml.read(
            ProjectFiles.slashes(root.relativize(file)), text(root, file, problems), ReleaseDoc.class, 0, problems)),
            problems));
  }

  private ImageFile photo(Path file) {
    ImageFile photo = remembered(file, () -> Photos.probe(file));
    reads.record(file, photo.hash()); // a new photo is new input: the offline cache version must change
    return photo;
  }

  private <T> Parsed<List<T>> optionalList(Path root, Path file, JavaType type, Problems problems) {
    String path = ProjectFiles.slashes(root.relativize(file));
    if (!project.admitsEntry(file, problems)) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      return new Parsed<>(path, List.of(), SourceMap.NONE);
    }
    // the preview re-parses only the items whose text changed
    Parsed<List<T>> parsed = remembered(file, () -> reads.remembers()
        ? listChunks.read(file, path, text(root, file, problems), type, problems)
        : yaml.read(path, text(root, file, problems), type, 0, problems));
    if (parsed != null && parsed.value() == null) {
      return new Parsed<>(path, List.of(), parsed.positions());
    }
    return parsed;
  }

  /**
   * One Markdown page read afresh, for the preview's quick path; null when it has problems. {@code file} is
   * {@code root} resolved against the page's path, so that both name it as {@link #load} does.
   */
  public MarkdownSource markdownFile(Path root, Path file, Problems problems) {
    // the file may have become a link since the load that admitted it
    if (!new ProjectBoundary(root).admits(file, problems)) {
      return null;
    }
    return markdown(root, file, problems);
  }

  /**
   * One template's text read again after an edit (the preview's quick path), with the rules {@link #load}
   * reads it by, or null with the problem recorded.
   */
  public String templateFile(Path root, Path file, Problems problems) {
    if (!new ProjectBoundary(root).admits(file, problems)) {
      return null;
    }
    return remembered(file, () -> text(root, file, problems));
  }

  private MarkdownSource markdown(Path root, Path file, Problems problems) {
    String path = ProjectFiles.slashes(root.relativize(file));
    Path relative = root.resolve(CONTENT).relativize(file);
    if (relative.getNameCount() < 3) {
      problems.error(path, Position.START, "page is not inside a language folder",
          "move it to content/<edition>/<language>/");
      return null;
    }
    String text = text(root, file, problems);
    if (text == null || !ControlCharacterScan.reportRaw(text, path, 0, problems)) {
      return null;
    }
    FrontMatterReader.Split split = frontMatter.read(path, text, problems);
    if (split == null) {
      return null;
    }
    String inLanguage = ProjectFiles.slashes(relative.subpath(2, relative.getNameCount()));
    return new MarkdownSource(path, relative.getName(0).toString(), relative.getName(1).toString(),
        inLanguage.substring(0, inLanguage.length() - ".md".length()),
        split.frontMatter(), split.positions(), split.body(), split.bodyLine());
  }

  private Map<String, Parsed<Map<String, String>>> messages(Path root, Problems problems) {
    Map<String, Parsed<Map<String, String>>> byLanguage = new LinkedHashMap<>();
    for (Path file : ProjectFiles.children(root.resolve(MESSAGES))) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".yaml")) {
        continue;
      }
      String path = MESSAGES + "/" + name;
      Parsed<Map<String, String>> parsed = !project.admitsEntry(file, problems) ? null : remembered(file,
          () -> yaml.read(path, text(root, file, problems), stringMap, 0, problems));
      // A file with problems is kept, without strings, so that its language is not also reported as lacking one.
      byLanguage.put(name.substring(0, name.length() - ".yaml".length()),
          parsed == null ? new Parsed<>(path, null, SourceMap.NONE)
              : parsed.value() == null ? new Parsed<>(path, Map.of(), parsed.positions()) : parsed);
    }
    return byLanguage;
  }

  /**
   * Every template's text by its name under {@code templates/}, read here once: FreeMarker compiles them from
   * these texts, and the preview compares them to tell which changed. A template that is not UTF-8 is a problem
   * here (FreeMarker would show replacement characters in every page) and is left out.
   */
  private Map<String, String> templates(Path root, Problems problems) {
    Map<String, String> texts = new TreeMap<>();
    Path folder = root.resolve(TEMPLATES);
    for (Path file : reads.walk(project, folder, problems)) {
      if (file.getFileName().toString().endsWith(".ftlh")) {
        String text = remembered(file, () -> text(root, file, problems));
        if (text != null) {
          texts.put(ProjectFiles.slashes(folder.relativize(file)), text);
        }
      }
    }
    return texts;
  }

  /**
   * The largest YAML, Markdown or template file read: ten times the sessions.yaml of the 3,000-session
   * benchmark congress (1 MB), so room for some 30,000 sessions in one file. The parsers hold a file's text,
   * tokens and values in memory at once, so a stray export or log of gigabytes would exhaust memory instead of
   * being refused.
   */
  static final long MAX_TEXT_BYTES = 10L * 1024 * 1024;

  private String text(Path root, Path file, Problems problems) {
    String path = ProjectFiles.slashes(root.relativize(file));
    long size = ProjectFiles.size(file);
    if (size > MAX_TEXT_BYTES) {
      reads.record(file, "size:" + size);
      problems.error(path, Position.START, "file is larger than 10 MB", "split it into smaller files");
      return null;
    }
    byte[] bytes = ProjectFiles.read(file);
    reads.record(file, ContentHash.checksum(bytes));
    return Utf8.decode(bytes, path, problems);
  }
}
