package podium.render.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import podium.model.Edition;
import podium.model.Site;
import podium.render.RenderedFile;
import podium.rules.ContentHash;

/**
 * Renders the open-data files of every edition in every language: {@code programme.json}, the frab
 * {@code schedule.xml} and {@code schedule.json}, and the iCalendar files. Each edition × language is two tasks
 * (the programme files, the calendars) run in parallel; the result keeps a fixed order (editions as the site
 * lists them, then languages, then files), and every file depends only on the input, so two builds are
 * byte-identical.
 */
public final class ExportRenderer {
  private ExportRenderer() {}

  /** Every open-data file of every edition in every language. */
  public static List<RenderedFile> render(Site site) {
    return render(site, site.editions());
  }

  /** The open-data files of some of the site's editions (the preview re-renders only changed editions). */
  public static List<RenderedFile> render(Site site, List<Edition> editions) {
    return tasks(site, editions).parallelStream().flatMap(task -> task.get().stream()).toList();
  }

  /** The same, handing files to {@code sink} as each task is done, in no particular order. */
  public static void render(Site site, List<Edition> editions, Consumer<RenderedFile> sink) {
    tasks(site, editions).parallelStream().forEach(task -> task.get().forEach(sink));
  }

  /**
   * The calendars are half the work and share nothing with the frab files but the view and the events, so they
   * are a task of their own; the frab files carry the programme's version, hence follow programme.json in one task.
   */
  private static List<Supplier<List<RenderedFile>>> tasks(Site site, List<Edition> editions) {
    List<Supplier<List<RenderedFile>>> tasks = new ArrayList<>();
    for (Edition edition : editions) {
      StableIds ids = StableIds.of(edition);
      List<ExportView> views = new ArrayList<>();
      for (String language : edition.languages()) {
        ExportView view = new ExportView(site, edition, ids, language);
        views.add(language.equals(edition.defaultLanguage()) ? 0 : views.size(), view);
        // programme.json carries each session's VEVENT for the browser's agenda: serialized once, for both
        CalendarEvents events = new CalendarEvents(view);
        tasks.add(() -> programme(view, events));
        tasks.add(() -> Calendars.render(view, events));
        tasks.add(() -> List.of(ProgrammeSchema.render(view)));
        tasks.add(() -> List.of(ShareImage.render(view)));
      }
      tasks.add(() -> List.of(FrabJson2.render(views)));
    }
    return tasks;
  }

  private static List<RenderedFile> programme(ExportView view, CalendarEvents events) {
    byte[] programme = ProgrammeJson.render(view, events);
    // the frab version changes exactly when the programme does: apps use it to tell readers about changes
    String version = ContentHash.version(programme);
    return List.of(new RenderedFile(view.routes.programmeJson(view.language), programme),
        new RenderedFile(view.routes.scheduleXml(view.language), FrabXml.render(view, version)),
        new RenderedFile(view.routes.scheduleJson(view.language), FrabJson.render(view, version)));
  }
}
