package podium.diagnostic;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a build is: the stage running and, while rendering, pages done of all; read by another thread. */
public final class Progress {
  private volatile String stage = "loading";
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;

  public void stage(String name, int items) {
    stage = name;
    total = items;
    done.set(0);
  }

  public void step() {
    done.incrementAndGet();
  }

  @Override
  public String toString() {
    return total == 0 ? stage + "…" : stage + "… " + done.get() + " of " + total + " pages";
  }
}
