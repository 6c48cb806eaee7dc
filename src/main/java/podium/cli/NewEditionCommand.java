package podium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.load.ProjectInputs;
import podium.scaffold.EditionScaffold;
import podium.validate.Ids;

/**
 * {@code podium new-edition ID}: scaffolds an edition that builds at once. Whatever would keep it from building
 * (or break the editions already there) is refused before anything is written.
 */
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

  // a String, not a LocalDate: picocli's own message for a bad date names Java classes
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The first day. Default: 90 days from today.")
  String date;

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
      Texts.checkOption("--name", name, "give the edition's name, or leave --name out to use the id");
      checkLanguages();
      try {
        ZoneId.of(timezone);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("unknown timezone '" + timezone + "' (use an IANA name such as Europe/Paris)");
      }
      LocalDate day = date != null ? day(date) : LocalDate.now().plusDays(90);
      List<String> files = EditionScaffold.write(project, id, name != null ? name : id, languages, day, timezone);
      files.forEach(file -> spec.commandLine().getOut().println("created " + file));
      spec.commandLine().getOut().printf("edition '%s' is ready: run 'build' or 'serve'%n", id);
      spec.commandLine().getOut().flush();
      return Main.OK;
    });
  }

  /** Each language a code, listed once, with interface strings: without them no edition of the site builds. */
  private void checkLanguages() {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("--languages needs at least one language code, the default one first");
    }
    Set<String> seen = new HashSet<>();
    for (String language : languages) {
      if (!Ids.isLanguageCode(language)) {
        throw new IllegalArgumentException("invalid language code '" + language + "'");
      }
      if (!seen.add(language)) {
        throw new IllegalArgumentException("language '" + language + "' is listed twice in --languages");
      }
    }
    List<String> available = ProjectInputs.interfaceLanguages(project);
    for (String language : languages) {
      if (!available.contains(language)) {
        throw new IllegalArgumentException("no interface strings for '" + language + "' in templates/i18n/ (available: "
            + (available.isEmpty() ? "none" : String.join(", ", available)) + "); add templates/i18n/" + language
            + ".yaml first");
      }
    }
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid date '" + text + "' for --date (write it as YYYY-MM-DD, "
          + "such as 2026-06-09)");
    }
  }
}
