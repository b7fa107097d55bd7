package com.browseract.client.batch;

import java.util.Collections;
import java.util.List;

/** What {@link Batches#check} found: how many inputs, and the parameters declared and used. */
public final class BatchCheck {
  private final int inputs;
  private final List<String> declared;
  private final List<String> used;

  BatchCheck(int inputs, List<String> declared, List<String> used) {
    this.inputs = inputs;
    this.declared = Collections.unmodifiableList(declared);
    this.used = Collections.unmodifiableList(used);
  }

  /** @return the number of inputs */
  public int inputs() {
    return inputs;
  }

  /** @return the input parameters the workflow or template declares */
  public List<String> declaredParameters() {
    return declared;
  }

  /** @return the input parameters the inputs set */
  public List<String> usedParameters() {
    return used;
  }

  @Override
  public String toString() {
    return inputs + " inputs; parameters used: " + used + "; declared: " + declared;
  }
}
