package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.model.Site;
import podium.rules.MediaTypes;

/**
 * {@code .htaccess} at the site's root, read by Apache httpd from the published folder. No {@code <IfModule>}
 * guards: on a server without one of the modules every request fails (error 500) rather than quietly serving
 * the site without its headers. Precompressed files are chosen by mod_rewrite and labelled by mod_mime
 * ({@code AddEncoding}), which also keeps the original's type, since {@code .gz} and {@code .br} lose theirs.
 * Headers are set with {@code always}, so that error pages and redirects carry them too.
 */
final class ApacheConfig {
  private ApacheConfig() {}

  static String of(Site site) {
    String root = BasePaths.ofSite(site.config());
    StringBuilder conf = new StringBuilder("""
        # Written by Podium with the site (rebuilt with it: edit the site, not this file). Apache reads it if the
        # server allows it for this folder (AllowOverride FileInfo Indexes, Options FollowSymLinks or
        # SymLinksIfOwnerMatch) and loads mod_mime, mod_headers, mod_rewrite and mod_dir.
        DirectoryIndex index.html
        DirectorySlash On
        RemoveType .gz .br
        AddEncoding gzip .gz
        AddEncoding br .br
        """);
    for (Map.Entry<String, String> type : MediaTypes.byExtension().entrySet()) {
      conf.append("AddType \"").append(type.getValue()).append("\" .").append(type.getKey()).append('\n');
    }
    conf.append("ErrorDocument 404 ").append(root).append("404.html\n");
    // the most specific last: Apache merges the <If> sections that match in order, and the last one wins
    for (HostingRules.EditionPaths edition : HostingRules.editions(site)) {
      for (String path : java.util.stream.Stream.concat(java.util.stream.Stream.of(edition.edition()),
          edition.languages().stream()).toList()) {
        conf.append("<If \"%{REQUEST_URI} =~ m#^").append(HostingRules.literal(path)).append("#\">\n")
            .append("  ErrorDocument 404 ").append(path).append("404.html\n</If>\n");
      }
    }
    HostingRules.securityHeaders(site).forEach((name, value) ->
        conf.append("Header always set ").append(name).append(" \"").append(value).append("\"\n"));
    conf.append("Header always set Cache-Control \"").append(HostingRules.CACHE_OTHERS).append("\"\n");
    List<String> bases = new ArrayList<>(List.of(root));
    bases.addAll(HostingRules.editionPaths(site));
    conf.append("<If \"%{REQUEST_URI} =~ m#^(?:")
        .append(String.join("|", bases.stream().map(HostingRules::literal).toList()))
        .append(")").append(HostingRules.FINGERPRINTED).append("(?:\\.gz|\\.br)?$#\">\n")
        .append("  Header always set Cache-Control \"").append(HostingRules.CACHE_FINGERPRINTED).append("\"\n</If>\n");
    conf.append("""
        Header merge Vary Accept-Encoding
        RewriteEngine On
        RewriteRule ^(?:%s)$ - [R=404,L]
        RewriteCond %%{HTTP:Accept-Encoding} \\bbr\\b
        RewriteCond %%{REQUEST_FILENAME}.br -f
        RewriteRule ^(.+)$ $1.br [L]
        RewriteCond %%{HTTP:Accept-Encoding} \\bgzip\\b
        RewriteCond %%{REQUEST_FILENAME}.gz -f
        RewriteRule ^(.+)$ $1.gz [L]
        """.formatted(String.join("|", HostingRules.HOST_FILES.stream().map(HostingRules::literal).toList())));
    return conf.toString();
  }
}
