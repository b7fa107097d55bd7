package com.browseract.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C for a batch: the first one runs the given action (stop starting, keep the journal consistent) and lets the
 * batch finish its step; a second one quits at once — safe, as every journal record is synced before its effect.
 * A JVM shutdown hook could not do this: the JVM ignores a second Ctrl-C while its hooks run.
 */
final class Interrupts implements AutoCloseable {
  private static final Signal INT = new Signal("INT");

  private final SignalHandler previous;

  private Interrupts(SignalHandler previous) {
    this.previous = previous;
  }

  static Interrupts onCtrlC(Runnable first) {
    boolean[] seen = {false};
    SignalHandler previous = Signal.handle(INT, signal -> {
      synchronized (seen) {
        if (seen[0]) {
          Runtime.getRuntime().halt(BatchCommand.INTERRUPTED);
        }
        seen[0] = true;
      }
      first.run();
    });
    return new Interrupts(previous);
  }

  @Override
  public void close() {
    Signal.handle(INT, previous);
  }
}
