package podium.hosting;

import java.io.IOException;
import java.nio.file.Path;

/** A web server the contract tests run: whether it is installed, and how it serves a built site. */
interface Host {
  /** Skips or fails (in CI) when the server is not installed. */
  void require();

  /** Skips or fails (in CI) when the server cannot send the precompressed Brotli files. */
  void requireBrotli();

  /** Starts the server on the site, with its configuration, pid file and logs in {@code work}. */
  ServerProcess serve(HostedSite site, Path work) throws IOException, InterruptedException;
}
