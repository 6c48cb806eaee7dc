package podium.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.model.Markdown;

/**
 * Renders every page of the site model on all cores. Templates see JBake's model names ({@code content},
 * {@code config}, {@code data}) plus {@code page} (the shared frame), {@code t} (interface strings),
 * {@code href(url)} (a link relative to the page) and {@code markdown(body)} (rendered Markdown).
 */
public final class PageRenderer {
  private final Path templateFolder;
  private final Templates templates;
  private final MarkdownConverter markdown = new MarkdownConverter();
  private final boolean fileLinks;

  /** With {@code fileLinks}, links to folders name their {@code index.html}, as browsing from disk needs. */
  public PageRenderer(Path templateFolder, boolean fileLinks) throws IOException {
    this.templateFolder = templateFolder;
    this.fileLinks = fileLinks;
    this.templates = new Templates(templateFolder);
  }

  /** Every page of the site, the files derived from the page list (sitemaps, robots.txt), the JSON files. */
  public List<RenderedFile> render(SiteModel site, Problems problems) {
    List<RenderedFile> files = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    render(site, problems, null, new Progress(), files::add);
    return files;
  }

  /**
   * The same, handing each file to {@code sink} as soon as it is rendered (so a build holds no page in memory),
   * reusing the pages {@code memo} holds unchanged (null: render everything), counting progress.
   */
  public void render(SiteModel site, Problems problems, RenderMemo memo, Progress progress,
      Consumer<RenderedFile> sink) {
    progress.stage("rendering", site.pages().size());
    // the sitemaps and JSON files need only the page list: made while the pages render, not after them
    Tasks.Background<Void> derived = memo == null ? Tasks.start(() -> renderDerived(site, sink))
        : null;
    site.pages().parallelStream().forEach(page -> {
      RenderedFile file = memo == null ? render(page, site.fingerprints(), problems)
          : remembered(page, site, problems, memo);
      if (file != null) {
        sink.accept(file);
      }
      progress.step();
    });
    if (derived != null) {
      Tasks.join(derived);
    }
  }

  /**
   * The files derived from the whole page list: sitemaps, robots.txt, the JSON files and hosting files. The
   * preview renders them after reloading the tab, as nothing on a page depends on them.
   */
  public static void renderDerived(SiteModel site, Consumer<RenderedFile> sink) {
    Sitemaps.render(site).forEach(sink);
    JsonFiles.render(site).forEach(sink);
    site.texts().forEach(text -> sink.accept(new RenderedFile(text.path(),
        text.content().getBytes(StandardCharsets.UTF_8))));
  }

  private RenderedFile remembered(PageSpec page, SiteModel site, Problems problems, RenderMemo memo) {
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
   * The preview's quick path: the pages of the last site model that show one of the edited Markdown files,
   * rendered with their new text ({@code bodies}: source path → body), everything else as it was.
   */
  public List<RenderedFile> renderEdited(SiteModel site, RenderMemo memo, Map<String, String> bodies,
      Problems problems) {
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
    model.put("href", (TemplateMethodModelEx) arguments -> {
      String link = link(page, fingerprints, arguments);
      return fileLinks && link.endsWith("/") ? link + "index.html" : link;
    });
    model.put("markdown", (TemplateMethodModelEx) arguments -> markdownHtml(arguments, bodies, shown));
    TextBuffer out = new TextBuffer(16 * 1024);
    try {
      templates.get(page.template()).process(model, out);
    } catch (ParseException e) {
      problems.error(templatePath(e.getTemplateName()), new Position(e.getLineNumber(), e.getColumnNumber()),
          "template syntax: " + e.getEditorMessage(), null);
      return null;
    } catch (TemplateException e) {
      String blamed = e.getBlamedExpressionString();
      boolean missing = blamed != null && e instanceof freemarker.core.InvalidReferenceException;
      // the ${x!} advice fits an interpolation only, not a macro call
      boolean interpolation = missing && String.valueOf(e.getFTLInstructionStack()).contains("${");
      problems.error(templatePath(e.getTemplateSourceName()),
          new Position(lineOf(e.getLineNumber()), lineOf(e.getColumnNumber())),
          missing ? "template failed: '" + blamed + "' is missing or null"
              : "template failed: " + firstLine(e.getMessageWithoutStackTop()),
          interpolation ? "write ${" + blamed + "!} for an optional value" : null);
      return null;
    } catch (freemarker.template.TemplateNotFoundException e) {
      problems.error(templatePath(page.template()), Position.START, "template is missing",
          "every kind of page needs its template in templates/");
      return null;
    } catch (IOException e) {
      if (e.getCause() instanceof ParseException parse) {
        // FreeMarker remembers a failed parse and says only that on later attempts: report the parse error.
        problems.error(templatePath(parse.getTemplateName()), new Position(parse.getLineNumber(),
            parse.getColumnNumber()), "template syntax: " + parse.getEditorMessage(), null);
      } else {
        problems.error(templatePath(page.template()), Position.START, "cannot render: " + e.getMessage(), null);
      }
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

  private Object markdownHtml(List<?> arguments, Map<String, String> bodies, Set<String> shown)
      throws TemplateModelException {
    Object value = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
    Markdown source = value instanceof Body body ? body.markdown() : (Markdown) value;
    if (shown != null) {
      shown.add(source.sourcePath());
    }
    String edited = bodies.get(source.sourcePath());
    return HTMLOutputFormat.INSTANCE.fromMarkup(markdown.toHtml(edited == null ? source
        : new Markdown(source.sourcePath(), edited, source.bodyLine())));
  }

  private String templatePath(String name) {
    return templateFolder.getFileName() + "/" + (name == null ? "?" : name);
  }

  private static int lineOf(Integer number) {
    return number == null ? 1 : number;
  }

  /** The message's first line, and the next one when the first only announces it ("…failed:"). */
  private static String firstLine(String message) {
    String[] lines = message.strip().split("\n");
    String first = lines[0].strip();
    return first.endsWith(":") && lines.length > 1 && !lines[1].strip().startsWith("==>")
        ? first + " " + lines[1].strip() : first;
  }
}
