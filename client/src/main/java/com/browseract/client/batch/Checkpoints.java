package com.browseract.client.batch;

/** The moments a crash leaves the journal in a different state; tests make the batch die at each. */
interface Checkpoints {
  Checkpoints NONE = (point, input) -> { };

  enum Point {
    /** Nothing written for this attempt yet. */
    BEFORE_STARTING,
    /** {@code starting} synced, the request not sent. */
    BEFORE_REQUEST,
    /** The API answered with a task id; {@code started} not written. */
    BEFORE_STARTED,
    /** The task ended; {@code ended} not written. */
    BEFORE_ENDED,
    /** {@code ended} synced; the result line not written. */
    BEFORE_RESULT
  }

  void at(Point point, BatchInput input);
}
