package podium.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import podium.write.OutputTargets;
import podium.write.SiteWriter;

/**
 * {@code podium publish --to DIR}: replaces a local folder (a web server's document root, a mounted bucket)
 * with the built site in one atomic step, removing files that are no longer built, which the Maven Site plugin's
 * deploy never does. DIR becomes a link to the new release; the previous one is kept for going back.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = "Replace DIR with the built site atomically, removing stale files; the previous release is kept.")
final class PublishCommand implements Callable<Integer> {
  @Option(names = "--to", paramLabel = "DIR", required = true, description = "The folder to replace.")
  Path to;

  @Option(names = "--from", paramLabel = "DIR", description = "The built site. Default: target/site in the project.")
  Path from;

  @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", description = "The project folder.")
  Path project;

  @Option(names = {"-v", "--verbose"}, description = "Show stack traces of internal errors.")
  boolean verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path built = from != null ? from : project.resolve("target").resolve("site");
    return Outcome.of(spec.commandLine().getErr(), verbose, () -> {
      SiteWriter.Published published = SiteWriter.publish(project, built, to);
      var out = spec.commandLine().getOut();
      String target = OutputTargets.shown(to);
      out.printf("published %d files from %s to %s (release %s)%n", published.files(), OutputTargets.shown(built),
          target, published.release());
      if (published.previous() != null) {
        out.printf("the previous release stays in %s; to go back to it: podium publish --from %s --to %s%n",
            published.previous(), published.previous(), target);
      }
      out.flush();
      return Main.OK;
    });
  }
}
