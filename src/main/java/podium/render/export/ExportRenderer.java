package podium.render.export;

import java.util.ArrayList;
import java.util.List;
import podium.model.Edition;
import podium.model.Site;
import podium.render.RenderedFile;

/**
 * Renders the open-data files of every edition in every language: {@code programme.json}, the frab
 * {@code schedule.xml} and {@code schedule.json}, and the iCalendar files. Editions × languages are rendered in
 * parallel; the result keeps a fixed order (editions as the site lists them, then languages, then files), and
 * every file depends only on the input, so two builds are byte-identical.
 */
public final class ExportRenderer {
  private ExportRenderer() {}

  /** One edition in one language, with the ids shared by all of that edition's languages. */
  private record Job(Site site, Edition edition, StableIds ids, String language) {}

  /** Every open-data file of every edition in every language. Deterministic, parallel over editions×languages. */
  public static List<RenderedFile> render(Site site) {
    return render(site, site.editions());
  }

  /** The open-data files of some of the site's editions (the preview re-renders only changed editions). */
  public static List<RenderedFile> render(Site site, List<Edition> editions) {
    return jobs(site, editions).parallelStream().flatMap(job -> render(job).stream()).toList();
  }

  /** The same, handing files to {@code sink} as each edition × language is done, in no particular order. */
  public static void render(Site site, List<Edition> editions, java.util.function.Consumer<RenderedFile> sink) {
    jobs(site, editions).parallelStream().forEach(job -> render(job).forEach(sink));
  }

  private static List<Job> jobs(Site site, List<Edition> editions) {
    List<Job> jobs = new ArrayList<>();
    for (Edition edition : editions) {
      StableIds ids = StableIds.of(edition);
      for (String language : edition.languages()) {
        jobs.add(new Job(site, edition, ids, language));
      }
    }
    return jobs;
  }

  private static List<RenderedFile> render(Job job) {
    ExportView view = new ExportView(job.site(), job.edition(), job.ids(), job.language());
    byte[] programme = ProgrammeJson.render(view);
    // the frab version changes exactly when the programme does: apps use it to tell readers about changes
    String version = StableIds.version(programme);
    List<RenderedFile> files = new ArrayList<>();
    files.add(new RenderedFile(view.routes.programmeJson(view.language), programme));
    files.add(new RenderedFile(view.routes.scheduleXml(view.language), FrabXml.render(view, version)));
    files.add(new RenderedFile(view.routes.scheduleJson(view.language), FrabJson.render(view, version)));
    files.addAll(Calendars.render(view));
    return files;
  }
}
