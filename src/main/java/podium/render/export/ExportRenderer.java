package podium.render.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import podium.assemble.Routes;
import podium.assemble.SiteModel;
import podium.model.Edition;
import podium.model.Messages;
import podium.render.Output;
import podium.render.RenderRun;
import podium.render.RenderedFile;
import podium.rules.ContentHash;

/**
 * The open data of every edition built, in every language: {@code programme.json}, the frab
 * {@code schedule.xml} and {@code schedule.json}, and the iCalendar files, each path from the edition's
 * {@link Routes} in the site model. Each edition × language is two tasks (the programme files, the calendars)
 * run in parallel; every file depends only on the input, so two builds are byte-identical. With a memo (the
 * preview), an edition's files are made again only when it or the interface strings changed.
 */
public final class ExportRenderer implements Output {
  private final OpenDataMemo memo;

  /** {@code memo} null: everything is rendered on each run. */
  public ExportRenderer(OpenDataMemo memo) {
    this.memo = memo;
  }

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    if (memo == null) {
      tasks(site.site().messages(), site.routes()).parallelStream().forEach(task -> task.get().forEach(sink));
    } else {
      memo.render(site, sink);
    }
  }

  /** Every open-data file of the site model, in a fixed order: editions as the site lists them, languages, files. */
  public static List<RenderedFile> render(SiteModel site) {
    return render(site.site().messages(), site.routes());
  }

  static List<RenderedFile> render(Messages messages, List<Routes> editions) {
    return tasks(messages, editions).parallelStream().flatMap(task -> task.get().stream()).toList();
  }

  /**
   * The calendars are half the work and share nothing with the frab files but the view and the events, so they
   * are tasks of their own (three per language); the frab files carry the programme's version, hence follow
   * programme.json in one task (where they are written side by side).
   */
  private static List<Supplier<List<RenderedFile>>> tasks(Messages messages, List<Routes> editions) {
    List<Supplier<List<RenderedFile>>> tasks = new ArrayList<>();
    for (Routes routes : editions) {
      Edition edition = routes.edition();
      StableIds ids = StableIds.of(edition);
      List<ExportView> views = new ArrayList<>();
      for (String language : edition.languages()) {
        ExportView view = new ExportView(messages, routes, ids, language);
        views.add(language.equals(edition.defaultLanguage()) ? 0 : views.size(), view);
        // programme.json carries each session's VEVENT for the browser's agenda: serialized once, for both
        CalendarEvents events = new CalendarEvents(view);
        tasks.add(() -> programme(view, events));
        tasks.addAll(Calendars.parts(view, events));
        tasks.add(() -> List.of(ProgrammeSchema.render(view)));
      }
      tasks.add(() -> List.of(FrabJson2.render(views)));
    }
    return tasks;
  }

  private static List<RenderedFile> programme(ExportView view, CalendarEvents events) {
    byte[] programme = ProgrammeJson.render(view, events);
    // the frab version changes exactly when the programme does: apps use it to tell readers about changes;
    // a programme that is exactly its last release is named as that release
    String released = view.edition.history().publishedName();
    String version = released != null ? released : ContentHash.version(programme);
    // the two frab files side by side: with the calendars they are the longest tasks, the last to end
    ForkJoinTask<byte[]> xml = ForkJoinTask.adapt(() -> FrabXml.render(view, version)).fork();
    byte[] json = FrabJson.render(view, version);
    return List.of(new RenderedFile(view.routes.programmeJson(view.language), programme),
        new RenderedFile(view.routes.scheduleXml(view.language), xml.join()),
        new RenderedFile(view.routes.scheduleJson(view.language), json));
  }
}
