package podium.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import podium.diagnostic.Tasks;
import podium.model.Site;
import podium.pipeline.Build;
import podium.pipeline.BuildOptions;

/** {@code podium check}: validate the project without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the programme data and pages, print every problem, write nothing.")
final class CheckCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    return Outcome.of(spec.commandLine().getErr(), common.verbose, () -> {
      Site site;
      try (Tasks tasks = new Tasks()) {
        site = Build.check(new BuildOptions(common.project, null, common.edition, common.drafts, common.strict), tasks);
      }
      ReleaseWarnings.of(site).forEach(spec.commandLine().getErr()::println);
      if (!common.quiet) {
        out.printf("ok: %d edition(s), %d sessions, no problems%n", site.editions().size(),
            site.editions().stream().mapToInt(edition -> edition.sessions().size()).sum());
      }
      out.flush();
      return Main.OK;
    });
  }
}
