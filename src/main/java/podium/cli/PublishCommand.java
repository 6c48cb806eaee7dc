package podium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import podium.write.SiteWriter;

/**
 * {@code podium publish --to DIR}: replaces a local folder (a web server's document root, a mounted bucket)
 * with the built site in one swap, removing files that are no longer built, which the Maven Site plugin's
 * deploy never does.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = "Replace DIR with the built site atomically, removing stale files.")
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
      if (!Files.isRegularFile(built.resolve("index.html"))) {
        throw new IllegalArgumentException("nothing to publish in " + built + ": run 'build' first");
      }
      if (to.toAbsolutePath().normalize().startsWith(built.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException("cannot publish " + built + " into itself");
      }
      int files = SiteWriter.publish(built, to);
      spec.commandLine().getOut().printf("published %d files from %s to %s%n", files, built, to);
      spec.commandLine().getOut().flush();
      return Main.OK;
    });
  }
}
