package podium.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Problem;
import podium.diagnostic.Problems;
import podium.load.EditionSource;
import podium.load.FrontMatter;
import podium.load.LoadedProject;
import podium.load.MarkdownSource;
import podium.load.Parsed;
import podium.load.PartnerDoc;
import podium.load.ProjectLoader;
import podium.load.ReleaseDoc;
import podium.load.SourceMap;
import podium.validate.Rules;
import podium.validate.Validator;

/**
 * The imported programme checked by the validator a build runs, before anything is written: the project as it
 * is, with the edition's files as the import would write them. What the source's rows could not show (two
 * sessions in one room at once, a description linking to a script) is found here, so an import never writes a
 * programme that does not build. Problems elsewhere in the project are left to {@code check}.
 */
final class ProgrammeCheck {
  private ProgrammeCheck() {}

  /** The problems of the edition after the import; {@code descriptions} maps a file's path to its text. */
  static List<Problem> problems(Path root, String edition, Existing merged, Map<String, String> descriptions) {
    LoadedProject project = new ProjectLoader().load(root, new Problems());
    String data = ProjectLoader.DATA + "/" + edition + "/";
    List<EditionSource> editions = new ArrayList<>();
    // what the import does not write (photos, logos, partners, releases) stays as the edition has it
    Map<String, podium.load.ImageFile> photos = Map.of();
    Parsed<List<PartnerDoc>> partners = new Parsed<>(data + "partners.yaml", List.of(), SourceMap.NONE);
    List<Parsed<ReleaseDoc>> releases = List.of();
    for (EditionSource source : project.editions()) {
      if (source.id().equals(edition)) {
        photos = source.photos();
        partners = source.partners() == null ? partners : source.partners();
        releases = source.releases();
      } else {
        editions.add(source);
      }
    }
    editions.add(new EditionSource(edition, new Parsed<>(data + "edition.yaml", merged.edition(), SourceMap.NONE),
        new Parsed<>(data + "sessions.yaml", merged.sessions(), SourceMap.NONE),
        new Parsed<>(data + "speakers.yaml", merged.speakers(), SourceMap.NONE), photos, partners, releases));
    List<MarkdownSource> markdown = new ArrayList<>(project.markdown().stream()
        .filter(page -> !descriptions.containsKey(page.path())).toList());
    descriptions.forEach((path, text) -> {
      String[] parts = path.split("/"); // content/<edition>/<language>/sessions/<id>.md
      markdown.add(new MarkdownSource(path, edition, parts[2], "sessions/" + parts[4].replaceFirst("\\.md$", ""),
          FrontMatter.NONE, SourceMap.NONE, text.replaceFirst("^---\n---\n", ""), 1));
    });
    LoadedProject imported = new LoadedProject(project.root(), project.site(), editions, markdown, project.messages(),
        project.staticFiles(), project.templates(), project.inputDigest(), project.committed());
    Problems problems = new Problems();
    Validator.validate(imported, new Rules(false, false), problems);
    return problems.sorted().stream()
        .filter(p -> p.path().startsWith(data) || p.path().startsWith(ProjectLoader.CONTENT + "/" + edition + "/"))
        .map(p -> new Problem(p.path(), p.line(), p.column(), "after the import: " + p.message(), p.hint()))
        .toList();
  }
}
