package podium.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import podium.pipeline.BuildOptions;
import podium.serve.Preview;

/** {@code podium serve}: the live preview, drafts included, on 127.0.0.1. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Preview the site on 127.0.0.1, rebuilding what each edit touches and reloading the browser.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--port", defaultValue = "4000", description = "The port (0: any free port). Default: 4000.")
  int port;

  @Option(names = "--host", paramLabel = "NAME", description = "Listen on this name or address of the machine "
      + "instead of 127.0.0.1, and answer requests for it (the preview shows drafts to whoever reaches it).")
  String host;

  @Option(names = "--no-drafts", negatable = false, description = "Hide drafts, as a published build does.")
  boolean noDrafts;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    return Outcome.of(spec.commandLine().getErr(), common.verbose, () -> {
      // --drafts comes with the options every command shares; the preview shows drafts anyway, and accepting
      // a flag that changes nothing would suggest that drafts are hidden without it
      if (common.drafts) {
        throw new IllegalArgumentException("serve shows drafts already; --drafts is for build and check "
            + "(use --no-drafts to hide drafts in the preview)");
      }
      if (host != null && host.isBlank()) {
        throw new IllegalArgumentException("--host needs a name or address of this machine, such as 127.0.0.1");
      }
      if (host != null && host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1); // an IPv6 address as written in a URL
      }
      BuildOptions options = new BuildOptions(common.project, Path.of("unused"), common.edition, !noDrafts,
          common.strict);
      try (Preview preview = new Preview(options, host, port, out, common.verbose)) {
        preview.start();
        out.printf("serving on http://%s:%d/ (Ctrl+C to stop)%n",
            host == null ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host, preview.port());
        out.flush();
        new CountDownLatch(1).await();
      }
      return Main.OK;
    });
  }
}
