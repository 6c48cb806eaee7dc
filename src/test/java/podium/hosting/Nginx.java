package podium.hosting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import podium.RequiredTool;

/**
 * nginx as a host runs it: a plain {@code http} block (Debian's MIME map, as /etc/nginx/nginx.conf has it)
 * and a server block that only names the root and includes the site's generated {@code nginx.conf}. Started
 * as the current user with every path in the test's folder ({@code -p}), in the foreground.
 */
final class Nginx implements Host {
  static final Path BINARY = Path.of("/usr/sbin/nginx");
  /** Debian's libnginx-mod-http-brotli-static: {@code brotli_static on;} serves the .br files. */
  static final Path BROTLI = Path.of("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so");
  static final String INSTALL = "apt-get install nginx libnginx-mod-http-brotli-static";

  @Override
  public void require() {
    RequiredTool.require("nginx (" + BINARY + ")", Files.isExecutable(BINARY), INSTALL);
  }

  @Override
  public void requireBrotli() {
    RequiredTool.require("nginx's Brotli module (" + BROTLI + ")", Files.isRegularFile(BROTLI), INSTALL);
  }

  @Override
  public ServerProcess serve(HostedSite site, Path work) throws IOException, InterruptedException {
    Files.createDirectories(work);
    int port = ServerProcess.freePort();
    boolean brotli = Files.isRegularFile(BROTLI);
    String temp = "client_body_temp_path %1$s/body; proxy_temp_path %1$s/proxy; fastcgi_temp_path %1$s/fastcgi; "
        .formatted(work) + "uwsgi_temp_path %1$s/uwsgi; scgi_temp_path %1$s/scgi;".formatted(work);
    String conf = """
        pid %s/nginx.pid;
        error_log stderr warn;
        worker_processes 1;
        %s
        events { worker_connections 64; }
        http {
            include /etc/nginx/mime.types;
            default_type application/octet-stream;
            access_log %s/access.log;
            %s
            %s
            server {
                listen 127.0.0.1:%d;
                server_name localhost;
                root %s;
                include %s;
            }
        }
        """.formatted(work, brotli ? "load_module " + BROTLI + ";" : "", work, temp, brotli ? "brotli_static on;" : "",
        port, site.www, site.output.resolve("nginx.conf"));
    Path file = work.resolve("nginx.conf");
    Files.writeString(file, conf);
    return ServerProcess.start(List.of(BINARY.toString(), "-p", work.toString(), "-c", file.toString(), "-g",
        "daemon off;"), port, work.resolve("server.log"));
  }
}
