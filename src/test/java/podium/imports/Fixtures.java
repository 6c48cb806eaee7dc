package podium.imports;

/** Small schedules for tests that need one event and something of their own in it. */
public final class Fixtures {
  private Fixtures() {}

  /** A frab schedule.xml of one event in Europe/Paris; {@code extra} goes inside the event. */
  public static String oneEvent(String extra) {
    return ImportErrorsTest.schedule("<event guid=\"g1\"><title>Talk</title><date>2025-03-29T10:00:00+01:00</date>"
        + "<start>10:00</start><duration>00:30</duration><room>Hall</room>" + extra + "</event>\n");
  }
}
