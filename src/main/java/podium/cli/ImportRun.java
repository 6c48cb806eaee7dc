package podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import podium.importer.Importer;

/** Runs one import and prints what it wrote, or what it would change and why it did not. */
final class ImportRun {
  private ImportRun() {}

  static int run(CommandSpec spec, ImportCommand.Options options, Importer.Format format) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return Outcome.of(err, options.verbose, () -> {
      Importer.Report report = Importer.run(new Importer.Request(options.project, format, options.file,
          shown(options.project, options.file), options.edition, options.language, options.update,
          options.timezone, options.name, options.venue, options.online));
      report.lines().forEach(out::println);
      out.flush();
      if (report.refused()) {
        err.println("podium: edition '" + options.edition + "' already exists; nothing was written "
            + "(run again with --update to make these changes)");
        return Main.INVALID_INPUT;
      }
      return Main.OK;
    });
  }

  /** The file as messages name it: relative to the project when it lies inside, else as given. */
  private static String shown(Path project, Path file) {
    Path root = project.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : file).toString().replace('\\', '/');
  }
}
