package podium.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code podium}: exit code 0 when all went well, 1 for invalid input, 2 for a usage error. */
@Command(name = "podium", mixinStandardHelpOptions = true, version = "podium 0.1.0",
    description = "Builds static multilingual congress sites from a YAML programme and Markdown pages.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PublishCommand.class,
        NewEditionCommand.class, NewPageCommand.class, ReleaseCommand.class, ImportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int INVALID_INPUT = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // named from the registered commands, so that the message cannot fall behind them
    List<String> commands = spec.subcommands().values().stream()
        .filter(command -> !(command.getCommand() instanceof CommandLine.HelpCommand))
        .map(CommandLine::getCommandName).toList();
    String last = commands.get(commands.size() - 1);
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: "
        + String.join(", ", commands.subList(0, commands.size() - 1)) + " or " + last);
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams; tests call this instead of {@link #main}. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException
            ? USAGE : INVALID_INPUT);
    commandLine.getCommandSpec().exitCodeOnUsageHelp(OK);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    return commandLine.execute(args);
  }
}
