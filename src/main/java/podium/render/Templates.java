package podium.render;

import freemarker.cache.StringTemplateLoader;
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

  Templates(Map<String, String> texts) {
    StringTemplateLoader loader = new StringTemplateLoader();
    texts.forEach((name, text) -> loader.putTemplate(name, text, 0));
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(loader);
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

  Template get(String name) throws IOException {
    Template template = compiled.get(name);
    if (template == null) {
      template = configuration.getTemplate(name);
      compiled.putIfAbsent(name, template);
    }
    return template;
  }
}
