package com.browseract.client.internal;

import com.browseract.client.BrowserAct;
import com.browseract.client.batch.Batches;
import java.util.function.Function;

/**
 * Not API: lets {@link BrowserAct#batches()} make a {@link Batches}, whose constructor is package-private, so that
 * {@code batches()} stays the one way to get one. {@link Batches} hands its constructor over when its class is
 * initialized (the JDK's {@code SharedSecrets} pattern).
 */
public final class BatchesAccess {
  private static volatile Function<BrowserAct, Batches> opener;

  private BatchesAccess() {
  }

  /**
   * Called once, by {@link Batches} itself.
   *
   * @param constructor makes a {@link Batches} for a client
   * @throws IllegalStateException when called a second time
   */
  public static synchronized void register(Function<BrowserAct, Batches> constructor) {
    if (opener != null) {
      throw new IllegalStateException("Batches registered its constructor already");
    }
    opener = constructor;
  }

  /**
   * @param client the client the batches run with
   * @return a new {@link Batches}
   */
  public static Batches open(BrowserAct client) {
    Function<BrowserAct, Batches> constructor = opener;
    if (constructor == null) {
      try {
        Class.forName(Batches.class.getName(), true, Batches.class.getClassLoader());
      } catch (ClassNotFoundException impossible) {
        throw new AssertionError(impossible);
      }
      constructor = opener;
    }
    return constructor.apply(client);
  }
}
