package podium.hosting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import podium.RequiredTool;

/**
 * Apache httpd as a small standalone server: the event MPM and only the modules the generated
 * {@code .htaccess} needs (mod_mime, mod_headers, mod_rewrite, mod_dir) plus mod_authz_core for
 * {@code Require}, loaded by absolute path; Debian's MIME map (/etc/mime.types, which maps {@code .gz} to
 * {@code application/gzip}, the case the {@code .htaccess} must undo); {@code .htaccess} allowed with the
 * overrides the README asks hosts for. Started as the current user (root runs its workers as nobody).
 */
final class Apache implements Host {
  static final Path BINARY = Path.of("/usr/sbin/apache2");
  static final Path MODULES = Path.of("/usr/lib/apache2/modules");
  static final String INSTALL = "apt-get install apache2";
  private static final List<String> MODULES_LOADED = List.of("mpm_event", "authz_core", "mime", "headers", "rewrite",
      "dir");

  @Override
  public void require() {
    boolean present = Files.isExecutable(BINARY)
        && MODULES_LOADED.stream().allMatch(module -> Files.isRegularFile(MODULES.resolve("mod_" + module + ".so")));
    RequiredTool.require("Apache httpd (" + BINARY + " and its modules in " + MODULES + ")", present, INSTALL);
  }

  /** Nothing beyond the modules {@link #require} checks: mod_rewrite picks the .br files, mod_mime labels them. */
  @Override
  public void requireBrotli() {}

  @Override
  public ServerProcess serve(HostedSite site, Path work) throws IOException, InterruptedException {
    Files.createDirectories(work);
    int port = ServerProcess.freePort();
    Path types = Files.isRegularFile(Path.of("/etc/mime.types")) ? Path.of("/etc/mime.types")
        : Files.writeString(work.resolve("mime.types"), "");
    String modules = MODULES_LOADED.stream()
        .map(module -> "LoadModule " + module + "_module " + MODULES.resolve("mod_" + module + ".so"))
        .collect(Collectors.joining("\n"));
    boolean root = "root".equals(System.getProperty("user.name"));
    String conf = """
        ServerRoot %s
        %s
        %s
        Listen 127.0.0.1:%d
        ServerName 127.0.0.1
        PidFile %s/httpd.pid
        DefaultRuntimeDir %s
        ErrorLog /dev/stderr
        LogLevel warn
        TypesConfig %s
        DocumentRoot %s
        <Directory />
            AllowOverride None
            Require all denied
        </Directory>
        <Directory %s>
            Options FollowSymLinks
            AllowOverride FileInfo Indexes
            Require all granted
        </Directory>
        """.formatted(work, modules, root ? "User nobody\nGroup nogroup" : "", port, work, work, types, site.www,
        site.www);
    Path file = Files.writeString(work.resolve("httpd.conf"), conf);
    return ServerProcess.start(Stream.of(BINARY.toString(), "-d", work.toString(), "-f", file.toString(),
        "-DFOREGROUND").toList(), port, work.resolve("server.log"));
  }
}
