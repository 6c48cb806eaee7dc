package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.assemble.SiteAssembler;
import podium.assemble.SiteModel;
import podium.diagnostic.Problems;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;
import podium.model.Site;
import podium.render.RenderedFile;
import podium.diagnostic.Progress;
import podium.render.RenderRun;
import podium.render.export.ExportRenderer;
import podium.render.export.ShareImages;
import podium.validate.Rules;
import podium.validate.Validator;

/** Runs load → validate → export on a project folder, as the pipeline will, and keeps the files by path. */
final class Exports {
  private Exports() {}

  static Site site(Path project) {
    Problems problems = new Problems();
    LoadedProject loaded = new ProjectLoader().load(project, problems);
    Site site = Validator.validate(loaded, new Rules(false, false), problems);
    assertThat(problems.sorted()).as("problems in " + project).isEmpty();
    return site;
  }

  /** Every exported file (open data and share images) by path, in the renderers' order; none written twice. */
  static Map<String, byte[]> render(Site site) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Problems problems = new Problems();
    SiteModel model = SiteAssembler.assemble(site, List.of(), problems);
    assertThat(problems.sorted()).isEmpty();
    for (RenderedFile file : ExportRenderer.render(model)) {
      assertThat(files.put(file.path(), file.bytes())).as("written twice: " + file.path()).isNull();
    }
    Map<String, byte[]> images = new java.util.concurrent.ConcurrentHashMap<>();
    new ShareImages(null).render(model, new RenderRun(problems, new Progress(), null, true), file ->
        assertThat(images.put(file.path(), file.bytes())).as("written twice: " + file.path()).isNull());
    images.keySet().stream().sorted().forEach(path -> files.put(path, images.get(path)));
    return files;
  }

  static Map<String, byte[]> of(Path project) {
    return render(site(project));
  }

  static Map<String, byte[]> ending(Map<String, byte[]> files, String suffix) {
    Map<String, byte[]> matching = new LinkedHashMap<>();
    files.forEach((path, bytes) -> {
      if (path.endsWith(suffix)) {
        matching.put(path, bytes);
      }
    });
    return matching;
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
