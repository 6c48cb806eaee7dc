package podium.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import podium.diagnostic.Tasks;
import podium.load.ProjectLoader;
import podium.load.ReleaseDoc;
import podium.model.Edition;
import podium.model.ProgrammeHistory;
import podium.pipeline.Build;
import podium.pipeline.BuildOptions;
import podium.validate.Ids;
import podium.validate.ReleaseEntries;

/**
 * {@code podium release EDITION}: records the public programme as it is now in a new, committed file, so that
 * every later build can tell what changed (change log, marks, calendars) from files alone, never the clock.
 * It writes that one file and nothing else, and never replaces one.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
    description = "Record the edition's programme as published now: data/EDITION/releases/<n>.json.")
final class ReleaseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EDITION", description = "The edition id.")
  String edition;

  @Option(names = "--name", description = "The release's name, shown in the change log and as the schedule's "
      + "version. Default: v<n>.")
  String name;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The release's date. Default: today in the "
      + "edition's time zone.")
  String date;

  @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".", description = "The project folder.")
  Path project;

  @Option(names = "--verbose", description = "Show the details of an unexpected failure.")
  boolean verbose;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Outcome.of(spec.commandLine().getErr(), verbose, () -> {
      if (!Ids.isSafe(edition)) {
        throw new IllegalArgumentException("unsafe edition id '" + Ids.quoted(edition) + "' (" + Ids.rule(edition)
            + ")");
      }
      Texts.checkOption("--name", name, "give the release a name such as v3, or leave --name out");
      LocalDate given = date == null ? null : parsedDate(date);
      Build.Checked checked;
      try (Tasks tasks = new Tasks()) {
        checked = Build.layout(new BuildOptions(project, null, edition, false, false), tasks);
      }
      Edition target = checked.site().editions().stream().filter(e -> e.id().equals(edition)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no edition '" + edition + "' in "
              + ProjectLoader.DATA + "/"));
      ProgrammeHistory history = target.history();
      ProgrammeHistory.Release last = history.last();
      if (last != null && !history.unreleased()) {
        spec.commandLine().getErr().println("podium: the programme has not changed since release " + last.number()
            + " (" + last.name() + "); nothing was written");
        return Main.INVALID_INPUT;
      }
      LocalDate day = given != null ? given : LocalDate.now(target.timezone());
      if (last != null && day.isBefore(last.date())) {
        throw new IllegalArgumentException("--date " + day + " is before release " + last.number() + " ("
            + last.date() + ")");
      }
      int number = history.releases().size() + 1;
      String releaseName = name != null ? name.strip() : "v" + number;
      String relative = ProjectLoader.DATA + "/" + edition + "/" + ReleaseDoc.FOLDER + "/"
          + ReleaseDoc.fileName(number);
      write(relative, ReleaseEntries.release(target, releaseName, day).text());
      spec.commandLine().getOut().println("recorded release " + number + " (" + releaseName + ", " + day + ") in "
          + relative);
      spec.commandLine().getOut().flush();
      return Main.OK;
    });
  }

  private static LocalDate parsedDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date '" + text + "' is not a date (write it as YYYY-MM-DD)");
    }
  }

  /** A new file only: a file already there (even one made a moment ago by another run) is never replaced. */
  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Path folder = file.getParent();
    if (Files.isSymbolicLink(folder) || Files.exists(folder) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException(relative.substring(0, relative.lastIndexOf('/'))
          + " is not a folder of the project; nothing was written");
    }
    Files.createDirectories(folder);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(relative + " already exists; nothing was written");
    }
  }
}
