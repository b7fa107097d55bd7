package com.browseract.client.batch;

import java.time.Duration;

/** How the batch waits between actions: a wait that {@link #wake()} cuts short (a cancel, a result). */
interface Pause {
  void pause(Duration duration) throws InterruptedException;

  void wake();

  /** Real waiting on a monitor. */
  static Pause system() {
    return new Pause() {
      private boolean woken;

      @Override
      public synchronized void pause(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        while (!woken) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            break;
          }
          wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        woken = false;
      }

      @Override
      public synchronized void wake() {
        woken = true;
        notifyAll();
      }
    };
  }
}
