package podium.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLookupContext;
import freemarker.cache.TemplateLookupResult;
import freemarker.cache.TemplateLookupStrategy;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FreeMarker set-up: {@code .ftlh} templates auto-escape every {@code ${…}} as HTML; templates cannot
 * instantiate Java classes; each template is compiled once and shared by all rendering threads. Templates come
 * from the texts the load stage read, not from the disk: the project's files are read once per build.
 */
final class Templates {
  private final Configuration configuration;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();
  /**
   * The editions with templates of their own ({@code templates/<edition>/…}). The others use the shared ones:
   * FreeMarker caches a template per lookup condition, so five editions without overrides compiled every
   * template five times.
   */
  private final java.util.Set<String> overridden;

  Templates(Map<String, String> texts) {
    overridden = texts.keySet().stream().filter(name -> name.indexOf('/') > 0)
        .map(name -> name.substring(0, name.indexOf('/'))).collect(java.util.stream.Collectors.toSet());
    StringTemplateLoader loader = new StringTemplateLoader();
    texts.forEach((name, text) -> loader.putTemplate(name, text, 0));
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(loader);
    configuration.setTemplateLookupStrategy(new EditionFirst());
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setLocalizedLookup(false);
    configuration.setLocale(Locale.ROOT);
    configuration.setNumberFormat("computer");
    configuration.setAPIBuiltinEnabled(false);
    configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
  }

  /**
   * The template {@code name} as an edition's pages use it: {@code templates/<edition>/<name>} when that file
   * exists, else {@code templates/<name>}, the way Hugo looks a layout up. The edition is FreeMarker's custom
   * lookup condition, which also applies to what the template imports or includes: an edition that overrides
   * {@code layout.ftlh} gets its own frame around every page, and only that edition. {@code edition} is null
   * for the pages at the root (the editions index).
   */
  Template get(String name, String edition) throws IOException {
    if (edition != null && !overridden.contains(edition)) {
      edition = null;  // nothing of its own: the shared templates, compiled once for every such edition
    }
    String key = edition == null ? name : edition + "/" + name;
    Template template = compiled.get(key);
    if (template == null) {
      template = configuration.getTemplate(name, null, edition, null, true, false);
      compiled.putIfAbsent(key, template);
    }
    return template;
  }

  /** Tries {@code <edition>/<name>} before {@code <name>}; the edition is the lookup's custom condition. */
  private static final class EditionFirst extends TemplateLookupStrategy {
    @Override
    public TemplateLookupResult lookup(TemplateLookupContext context) throws IOException {
      Object edition = context.getCustomLookupCondition();
      if (edition != null) {
        TemplateLookupResult own = context.lookupWithAcquisitionStrategy(edition + "/" + context.getTemplateName());
        if (own.isPositive()) {
          return own;
        }
      }
      return context.lookupWithAcquisitionStrategy(context.getTemplateName());
    }
  }
}
