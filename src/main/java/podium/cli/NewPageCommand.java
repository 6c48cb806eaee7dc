package podium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.build.BuildOptions;
import podium.build.Pipeline;
import podium.model.Edition;
import podium.model.Site;
import podium.scaffold.PageScaffold;
import podium.validate.Ids;

/** {@code podium new-page EDITION NAME}: a page in every language of the edition. */
@Command(name = "new-page", mixinStandardHelpOptions = true,
    description = "Add content/EDITION/<language>/NAME.md in every language of the edition.")
final class NewPageCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EDITION", description = "The edition id.")
  String edition;

  @Parameters(index = "1", paramLabel = "NAME", description = "The page's file name and slug (e.g. travel).")
  String name;

  @Option(names = "--title", description = "The page title in every language. Default: the name.")
  String title;

  @Option(names = "--weight", defaultValue = "50", description = "Its place in the menu. Default: ${DEFAULT-VALUE}.")
  int weight;

  @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", description = "The project folder.")
  Path project;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Outcome.of(spec.commandLine().getErr(), false, () -> {
      if (!Ids.isSafe(name)) {
        throw new IllegalArgumentException("unsafe page name '" + Ids.quoted(name) + "' (" + Ids.rule(name) + ")");
      }
      Site site = Pipeline.check(new BuildOptions(project, null, null, true, false));
      Edition target = site.editions().stream().filter(e -> e.id().equals(edition)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no edition '" + edition + "'; the editions are "
              + String.join(", ", site.editions().stream().map(Edition::id).toList())));
      String pageTitle = title != null ? title : Character.toUpperCase(name.charAt(0)) + name.substring(1)
          .replace('-', ' ');
      List<String> files = PageScaffold.write(project, edition, target.languages(), name, pageTitle, weight);
      files.forEach(file -> spec.commandLine().getOut().println("created " + file));
      spec.commandLine().getOut().flush();
      return Main.OK;
    });
  }
}
