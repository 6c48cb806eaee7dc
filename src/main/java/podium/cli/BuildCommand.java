package podium.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.model.TranslationTally;
import podium.pipeline.Build;
import podium.pipeline.BuildOptions;
import podium.pipeline.BuildReport;

/** {@code podium build}: the whole site, or one edition, into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build every edition (or one) into the output folder, replacing it only if all went well.")
final class BuildCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "The output folder. Default: target/site inside the project.")
  Path output;

  @Option(names = "--no-compress", negatable = false,
      description = "Skip the precompressed .gz and .br copies (faster; for previews and benchmarks).")
  boolean noCompress;

  @Option(names = "--file-links", description = "Links name index.html, so the site can be opened from disk.")
  boolean fileLinks;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Path target = output != null ? output : common.project.resolve("target").resolve("site");
    return Outcome.of(err, common.verbose, () -> {
      Progress progress = new Progress();
      BuildReport report;
      try (Tasks tasks = new Tasks(); ProgressLine line = common.quiet ? null : new ProgressLine(err, progress)) {
        report = Build.build(new BuildOptions(common.project, target, common.edition, common.drafts,
            common.strict, !noCompress, fileLinks), tasks, progress);
      }
      if (!common.quiet) {
        for (BuildReport.EditionSummary edition : report.editions()) {
          out.printf(Locale.ROOT, "%-18s %5d pages   translations: %s%n", edition.id(), edition.pages(),
              String.join(" · ", edition.translations().stream().map(BuildCommand::tally).toList()));
          for (String file : edition.outdated()) {
            out.println("  outdated translation: " + file);
          }
        }
        out.printf(Locale.ROOT, "built %d edition(s), %d files in %.2f s into %s%n", report.editions().size(),
            report.files(), report.millis() / 1000.0, target);
        if (common.verbose) {
          out.println("  " + report.stages());
        }
      }
      out.flush();
      return Main.OK;
    });
  }

  private static String tally(TranslationTally tally) {
    String text = tally.language() + " " + tally.ok() + " ok";
    text += tally.missing() > 0 ? ", " + tally.missing() + " missing" : "";
    return text + (tally.outdated() > 0 ? ", " + tally.outdated() + " outdated" : "");
  }
}
