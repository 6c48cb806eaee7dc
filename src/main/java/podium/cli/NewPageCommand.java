package podium.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.assemble.SiteModel;
import podium.diagnostic.Tasks;
import podium.model.Edition;
import podium.model.Site;
import podium.pipeline.Build;
import podium.pipeline.BuildOptions;
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
      Texts.checkOption("--title", title, "give the page's title, or leave --title out to use the name");
      Build.Checked checked;
      try (Tasks tasks = new Tasks()) {
        checked = Build.layout(new BuildOptions(project, null, null, true, false), tasks);
      }
      Site site = checked.site();
      Edition target = site.editions().stream().filter(e -> e.id().equals(edition)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(site.editions().isEmpty()
              ? "no edition '" + edition + "'; the project has no editions yet (create one with new-edition)"
              : "no edition '" + edition + "'; the editions are "
              + String.join(", ", site.editions().stream().map(Edition::id).toList())));
      PageScaffold.refuseExisting(project, edition, target.languages(), name);
      checkAddressIsFree(checked.model(), target.languages());
      String pageTitle = title != null ? title : Character.toUpperCase(name.charAt(0)) + name.substring(1)
          .replace('-', ' ');
      List<String> files = PageScaffold.write(project, edition, target.languages(), name, pageTitle, weight);
      files.forEach(file -> spec.commandLine().getOut().println("created " + file));
      spec.commandLine().getOut().flush();
      return Main.OK;
    });
  }

  /** The page takes its name as its address in every language: a section or another page may hold it already. */
  private void checkAddressIsFree(SiteModel model, List<String> languages) {
    Set<String> taken = new HashSet<>();
    model.pages().forEach(page -> taken.add(page.path()));
    model.copies().forEach(copy -> taken.add(copy.target()));
    for (String language : languages) {
      String folder = edition + "/" + language + "/" + name + "/";
      if (taken.contains(folder + "index.html")) {
        throw new IllegalArgumentException("a page named '" + name + "' would take the address " + folder
            + ", which the site already uses; choose another name");
      }
    }
  }
}
