package podium.load;

import java.util.List;
import podium.model.Localized;

/** One entry of {@code data/<edition>/sessions.yaml} as written; times are local to the edition. */
public record SessionDoc(
    String id,
    Localized title,
    String date,
    String start,
    String end,
    String room,
    String track,
    String type,
    List<String> speakers,
    List<String> languages,
    List<String> interpretation,
    @com.fasterxml.jackson.annotation.JsonProperty("abstract") Localized summary,
    List<LinkDoc> links,
    Boolean draft,
    String status) {

  /** A link to slides, a video or a report. */
  public record LinkDoc(Localized title, String url) {}
}
