package podium.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import podium.assemble.Body;
import podium.assemble.Fingerprints;
import podium.assemble.PageSpec;
import podium.assemble.SiteModel;
import podium.diagnostic.Problems;
import podium.model.Markdown;

/**
 * Renders every page of the site model on all cores. Templates see JBake's model names ({@code content},
 * {@code config}, {@code data}) plus {@code page} (the shared frame), {@code t} (interface strings),
 * {@code href(url)} (a link relative to the page), {@code markdown(body)} (rendered Markdown) and
 * {@code msg}/{@code msgData} (interface strings as ICU messages, see {@link MessageMethods}).
 */
public final class PageRenderer implements Output {
  private final Templates templates;
  private final RenderMemo memo;
  private final TemplateFailures failures;
  private final MarkdownConverter markdown = new MarkdownConverter();
  private final boolean fileLinks;

  /**
   * With {@code fileLinks}, links to folders name their {@code index.html}, as browsing from disk needs; with a
   * {@code memo} (the preview; null in a build), pages whose inputs did not change are not rendered again.
   */
  public PageRenderer(Path templateFolder, Map<String, String> templateTexts, boolean fileLinks,
      RenderMemo memo) {
    this.fileLinks = fileLinks;
    this.memo = memo;
    this.templates = new Templates(templateTexts);
    this.failures = new TemplateFailures(templateFolder);
  }

  @Override
  public Timing timing() {
    return Timing.WITH_PAGES;
  }

  /**
   * Every page of the site, each handed to {@code sink} as soon as it is rendered (so a build holds no page in
   * memory), reusing the pages the memo holds unchanged, counting progress.
   */
  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    site.pages().parallelStream().forEach(page -> {
      RenderedFile file = memo == null ? render(page, site.fingerprints(), run.problems())
          : remembered(page, site, run.problems());
      if (file != null) {
        sink.accept(file);
      }
      run.progress().step();
    });
  }

  private RenderedFile remembered(PageSpec page, SiteModel site, Problems problems) {
    RenderedFile known = memo.lookup(page, site.fingerprints());
    if (known != null) {
      return known;
    }
    Set<String> shown = new HashSet<>();
    RenderedFile file = render(page, site.fingerprints(), problems, Map.of(), shown);
    if (file != null) {
      memo.store(page, site.fingerprints(), file, shown);
    }
    return file;
  }

  /**
   * Only the pages at these output paths ({@code ecc-2024/en/programme/index.html}), as {@link #render} would
   * give them: the preview renders the pages its tabs show first. With a memo they are remembered, so the
   * full pass that follows reuses them.
   */
  public List<RenderedFile> renderPages(SiteModel site, Set<String> paths, Problems problems) {
    return site.pages().stream().filter(page -> paths.contains(page.path()))
        .map(page -> memo == null ? render(page, site.fingerprints(), problems)
            : remembered(page, site, problems))
        .filter(Objects::nonNull).toList();
  }

  /**
   * The preview's quick path: the pages of the last site model that show one of the edited Markdown files,
   * rendered with their new text ({@code bodies}: source path → body), everything else as it was.
   */
  public List<RenderedFile> renderEdited(SiteModel site, Map<String, String> bodies, Problems problems) {
    return site.pages().parallelStream().filter(page -> memo.shows(page.path(), bodies.keySet()))
        .map(page -> render(page, site.fingerprints(), problems, bodies, null))
        .filter(Objects::nonNull).toList();
  }

  RenderedFile render(PageSpec page, Fingerprints fingerprints, Problems problems) {
    return render(page, fingerprints, problems, Map.of(), null);
  }

  /** One page; {@code bodies} replaces the text of Markdown files, {@code shown} collects those it shows. */
  private RenderedFile render(PageSpec page, Fingerprints fingerprints, Problems problems,
      Map<String, String> bodies, Set<String> shown) {
    Map<String, Object> model = new HashMap<>();
    model.put("content", page.content());
    model.put("page", page.frame());
    model.put("data", page.frame().edition());
    model.put("config", page.frame().config());
    model.put("t", page.frame().t());
    model.put("msg", MessageMethods.format(page.frame().language(), page.frame().t()));
    model.put("msgData", MessageMethods.data(page.frame().t()));
    model.put("href", (TemplateMethodModelEx) arguments -> {
      String link = link(page, fingerprints, arguments);
      return fileLinks && link.endsWith("/") ? link + "index.html" : link;
    });
    model.put("markdown", (TemplateMethodModelEx) arguments -> markdownHtml(arguments, bodies, shown, problems));
    TextBuffer out = new TextBuffer(16 * 1024);
    try {
      templates.get(page.template(), page.frame().edition() == null ? null : page.frame().edition().id())
          .process(model, out);
    } catch (IOException | TemplateException | StackOverflowError e) {
      failures.report(e, page.template(), problems);
      return null;
    }
    return new RenderedFile(page.path(), out.utf8());
  }

  /** A link from this page: relative (or rooted on 404 pages), to the fingerprinted name of an asset. */
  private static String link(PageSpec page, Fingerprints fingerprints, List<?> arguments)
      throws TemplateModelException {
    String url = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
    String assets = page.frame().assets();
    if (assets != null && url.startsWith(assets)) {
      url = assets + fingerprints.of(url.substring(assets.length()));
    }
    return page.rootedLinks() != null ? page.rootedLinks().apply(url) : RelativeUrls.between(page.directory(), url);
  }

  private Object markdownHtml(List<?> arguments, Map<String, String> bodies, Set<String> shown,
      Problems problems) throws TemplateModelException {
    Object value = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
    Markdown source = value instanceof Body body ? body.markdown() : (Markdown) value;
    if (shown != null) {
      shown.add(source.sourcePath());
    }
    String edited = bodies.get(source.sourcePath());
    MarkdownConverter.Converted html = markdown.convert(edited == null ? source
        : new Markdown(source.sourcePath(), edited, source.bodyLine()));
    if (html.problem() != null) {
      problems.add(html.problem());
      throw new TemplateFailures.AlreadyReported();
    }
    return HTMLOutputFormat.INSTANCE.fromMarkup(html.html());
  }
}
