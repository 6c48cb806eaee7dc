package podium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.scaffold.EditionScaffold;
import podium.validate.Ids;

/** {@code podium new-edition ID}: scaffolds an edition that builds at once. */
@Command(name = "new-edition", mixinStandardHelpOptions = true,
    description = "Create data/ID/ and content/ID/ with one day, room, session and speaker, and the standard pages.")
final class NewEditionCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The edition id, used in URLs (e.g. ecc-2026).")
  String id;

  @Option(names = "--name", description = "The edition's name. Default: the id.")
  String name;

  @Option(names = "--languages", split = ",", defaultValue = "en,fr,de",
      description = "The site's languages, the default one first. Default: en,fr,de.")
  List<String> languages;

  @Option(names = "--date", description = "The first day (YYYY-MM-DD). Default: 90 days from today.")
  LocalDate date;

  @Option(names = "--timezone", defaultValue = "Europe/Brussels", description = "IANA timezone. Default: ${DEFAULT-VALUE}.")
  String timezone;

  @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", description = "The project folder.")
  Path project;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Outcome.of(spec.commandLine().getErr(), false, () -> {
      if (!Ids.isSafe(id)) {
        throw new IllegalArgumentException("unsafe edition id '" + Ids.quoted(id) + "' (" + Ids.rule(id) + ")");
      }
      languages.stream().filter(language -> !Ids.isLanguageCode(language)).findFirst().ifPresent(bad -> {
        throw new IllegalArgumentException("invalid language code '" + bad + "'");
      });
      try {
        ZoneId.of(timezone);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("unknown timezone '" + timezone + "' (use an IANA name such as Europe/Paris)");
      }
      LocalDate day = date != null ? date : LocalDate.now().plusDays(90);
      List<String> files = EditionScaffold.write(project, id, name != null ? name : id, languages, day, timezone);
      files.forEach(file -> spec.commandLine().getOut().println("created " + file));
      spec.commandLine().getOut().printf("edition '%s' is ready: run 'build' or 'serve'%n", id);
      spec.commandLine().getOut().flush();
      return Main.OK;
    });
  }
}
