package podium.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import podium.assemble.SiteAssembler;
import podium.assemble.SiteModel;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problems;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;
import podium.model.Site;
import podium.render.Output;
import podium.validate.Validator;
import podium.write.OutputFolder;
import podium.write.OutputTargets;

/**
 * The one-shot runs of the commands: {@code build} writes the site, {@code check} does everything but writing,
 * {@code new-page} lays the site out. Each starts from nothing and keeps nothing; its parallel work runs on the
 * caller's {@code tasks}, while the calling thread waits. Nothing is written when any stage found a problem, so
 * the previous output stays as it was.
 */
public final class Build {
  private static final Set<Output.Timing> ALL = EnumSet.allOf(Output.Timing.class);
  private Build() {}

  /**
   * A full build into the output folder, reporting its progress to {@code progress}, which another thread may
   * print. An output folder that must not be replaced (the project, a folder of someone else's files...) is
   * refused before anything is read.
   */
  public static BuildReport build(BuildOptions options, Tasks tasks, Progress progress)
      throws InvalidInputException, IOException {
    return tasks.<BuildReport, InvalidInputException, IOException>run(() -> built(options, progress));
  }

  private static BuildReport built(BuildOptions options, Progress progress)
      throws InvalidInputException, IOException {
    long started = System.nanoTime();
    OutputTargets.checkOutput(options.project(), options.output());
    String prefix = options.edition() == null ? null : options.edition() + "/";
    Path target = prefix == null ? options.output() : options.output().resolve(options.edition());
    try (OutputFolder output = OutputFolder.open(target, prefix, options.precompress())) {
      Rendered site = oneShot(options, progress).render(output, output::previous, true, ALL).rendered();
      progress.stage("copying and swapping", 0);
      long swapping = System.nanoTime();
      output.copy(site.model().copies());
      int files = output.commit();
      long done = System.nanoTime();
      return Reports.of(site, options.edition(), files, (done - started) / 1_000_000, done - swapping);
    }
  }

  /**
   * Everything a build does but writing: the {@code check} command. Pages, Markdown and open-data files are
   * rendered and dropped, so that a check finds every problem a build would (a template that fails on one page,
   * a Markdown text nested too deeply); photos are not scaled, as scaling never fails (a photo that cannot be
   * decoded is published as it is).
   */
  public static Site check(BuildOptions options, Tasks tasks) throws InvalidInputException, IOException {
    return tasks.<Site, InvalidInputException, IOException>run(() ->
        oneShot(options, new Progress()).render(file -> {}, null, false, ALL).rendered().site());
  }

  /** Loads, validates and lays out the site, rendering nothing: what {@code new-page} checks a new page against. */
  public static Checked layout(BuildOptions options, Tasks tasks) throws InvalidInputException {
    return tasks.run(() -> {
      Problems problems = new Problems();
      LoadedProject project = new ProjectLoader().load(options.project(), problems);
      Site site = Validator.validate(project, options.rules(), problems);
      SiteModel model = SiteAssembler.assemble(site, project.staticFiles(), problems);
      Stages.failOn(problems);
      return new Checked(site, model);
    });
  }

  /** A valid site and its layout. */
  public record Checked(Site site, SiteModel model) {}

  /** Stages without memos: every file is read and every page rendered. */
  private static Stages oneShot(BuildOptions options, Progress progress) {
    return new Stages(options, progress, new ProjectLoader(null), Stages.Memos.NONE);
  }
}
