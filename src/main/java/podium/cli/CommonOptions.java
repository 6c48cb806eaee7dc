package podium.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command. */
final class CommonOptions {
  @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".",
      description = "The project folder (content/, data/, templates/, assets/). Default: the current folder.")
  Path project;

  @Option(names = "--edition", paramLabel = "ID", description = "Only this edition.")
  String edition;

  @Option(names = "--drafts", description = "Include pages and sessions marked as drafts.")
  boolean drafts;

  @Option(names = "--strict", description = "Treat missing and outdated translations as errors.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print more detail, and stack traces of internal errors.")
  boolean verbose;
}
