package podium.assemble;

import java.util.Map;
import podium.model.Site;
import podium.rules.MediaTypes;

/**
 * {@code nginx.conf}: one {@code location} block for the site's base path, to include in the {@code server}
 * block that serves the published folder. Two nginx rules shape it. A {@code types} block replaces the whole
 * MIME map, so it lists every type the site needs ({@link MediaTypes}, the one table). An {@code add_header}
 * in a location drops every header inherited from above, so the headers are set once, in the outer block,
 * and the nested locations only change the {@code $podium_cache} variable that {@code Cache-Control} reads.
 * Rewrite directives such as {@code set} are not inherited, hence one {@code set} in each location.
 */
final class NginxConfig {
  private NginxConfig() {}

  static String of(Site site) {
    String root = BasePaths.ofSite(site.config());
    StringBuilder conf = new StringBuilder("""
        # Written by Podium with the site (rebuilt with it: edit the site, not this file). Include it in the
        # server block whose root is the folder that holds the published site:
        #   server { server_name congresses.example.org; root /var/www/congresses; include /var/www/congresses/nginx.conf; }
        # That server block must not have a location of its own for %s. Brotli: with ngx_brotli or Debian's
        # libnginx-mod-http-brotli-static loaded, add `brotli_static on;` to the server block.
        location ^~ %s {
            types {
        """.formatted(root, root));
    for (Map.Entry<String, String> type : MediaTypes.byExtension().entrySet()) {
      conf.append("        \"").append(type.getValue()).append("\" ").append(type.getKey()).append(";\n");
    }
    conf.append("    }\n    default_type application/octet-stream;\n");
    conf.append("""
            index index.html;
            absolute_redirect off;
            gzip_static on;
            gzip_vary on;
        """);
    HostingRules.securityHeaders(site).forEach((name, value) ->
        conf.append("    add_header ").append(name).append(" \"").append(value).append("\" always;\n"));
    conf.append("    add_header Cache-Control $podium_cache always;\n");
    block(conf, root, "    ");
    conf.append("    location ~ \"^").append(HostingRules.literal(root)).append("(?:")
        .append(String.join("|", HostingRules.HOST_FILES.stream().map(HostingRules::literal).toList()))
        .append(")$\" { return 404; }\n");
    for (HostingRules.EditionPaths edition : HostingRules.editions(site)) {
      conf.append("    location ^~ ").append(edition.edition()).append(" {\n");
      block(conf, edition.edition(), "        ");
      // a language's own 404 page, in its language (its folder holds no fingerprinted file)
      for (String language : edition.languages()) {
        conf.append("        location ^~ ").append(language).append(" { set $podium_cache \"")
            .append(HostingRules.CACHE_OTHERS).append("\"; error_page 404 ").append(language).append("404.html; }\n");
      }
      conf.append("    }\n");
    }
    return conf.append("}\n").toString();
  }

  /** A location's own lines: its 404 page, and the long cache for its fingerprinted files. */
  private static void block(StringBuilder conf, String base, String indent) {
    conf.append(indent).append("set $podium_cache \"").append(HostingRules.CACHE_OTHERS).append("\";\n");
    conf.append(indent).append("error_page 404 ").append(base).append("404.html;\n");
    conf.append(indent).append("location ~ \"^").append(HostingRules.literal(base)).append(HostingRules.FINGERPRINTED)
        .append("$\" { set $podium_cache \"").append(HostingRules.CACHE_FINGERPRINTED).append("\"; }\n");
  }
}
