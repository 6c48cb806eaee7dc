package podium.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.importer.Importer;

/**
 * {@code podium import frab|sessionize|table FILE --edition ID}: a programme kept elsewhere becomes an edition's
 * programme files. An existing edition is changed only with {@code --update}; without it the changes are listed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import a programme from frab/pretalx, Sessionize or a spreadsheet into data/ and content/.")
final class ImportCommand implements Runnable {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing source: frab, sessionize or table");
  }

  /** What every source takes. */
  static final class Options {
    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--edition", paramLabel = "ID", required = true, description = "The edition to import into.")
    String edition;

    @Option(names = "--language", paramLabel = "LANG",
        description = "The language of the file's texts. Default: the edition's default language.")
    String language;

    @Option(names = "--update", description = "Change an existing edition (without it, the changes are listed).")
    boolean update;

    @Option(names = "--timezone", description = "IANA time zone of a new edition, when the file names none.")
    String timezone;

    @Option(names = "--name", description = "The name of a new edition, when the file gives none. Default: the id.")
    String name;

    @Option(names = "--venue", paramLabel = "NAME", description = "The venue of a new edition.")
    String venue;

    @Option(names = "--online", description = "A new edition takes place online.")
    boolean online;

    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", description = "The project folder.")
    Path project;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces of internal errors.")
    boolean verbose;
  }

  @Command(name = "frab", mixinStandardHelpOptions = true,
      description = "A frab or pretalx schedule.xml or schedule.json.")
  int frab(@Mixin Options options) {
    return ImportRun.run(spec, options, Importer.Format.FRAB);
  }

  @Command(name = "sessionize", mixinStandardHelpOptions = true,
      description = "Sessionize's \"All data\" JSON export.")
  int sessionize(@Mixin Options options) {
    return ImportRun.run(spec, options, Importer.Format.SESSIONIZE);
  }

  @Command(name = "table", mixinStandardHelpOptions = true,
      description = "A .csv or .xlsx table with one row per session (columns: see the README).")
  int table(@Mixin Options options) {
    return ImportRun.run(spec, options, Importer.Format.TABLE);
  }
}
