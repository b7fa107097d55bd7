package com.browseract.bench;

import com.browseract.client.batch.BatchInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The batch scenario's inputs: {@code keyword=item N} for N from 1, each with a task duration of 4 to 12 s drawn
 * from one seeded {@link Random} in input order, so that every mode (and every prefix of the inputs) sees the same
 * duration for the same input.
 */
final class BatchWorkload {
  static final String WORKFLOW = "77638424152140851";
  static final String PARAMETER = "keyword";
  private static final int SHORTEST_MILLIS = 4_000;
  private static final int LONGEST_MILLIS = 12_000;

  private final List<BatchInput> inputs = new ArrayList<>();
  private final Map<String, Duration> durations = new HashMap<>();

  BatchWorkload(int count, long seed) {
    Random random = new Random(seed);
    for (int position = 1; position <= count; position++) {
      String value = "item " + position;
      inputs.add(BatchInput.of(position, Map.of(PARAMETER, value)));
      durations.put(fakeText(value),
          Duration.ofMillis(SHORTEST_MILLIS + random.nextInt(LONGEST_MILLIS - SHORTEST_MILLIS + 1)));
    }
  }

  /** How the fake API writes a task's input ({@code name=value}): the key of {@link #duration}. */
  static String fakeText(String value) {
    return PARAMETER + "=" + value;
  }

  List<BatchInput> inputs() {
    return Collections.unmodifiableList(inputs);
  }

  /** @return the first {@code count} inputs */
  List<BatchInput> first(int count) {
    return inputs().subList(0, Math.min(count, inputs.size()));
  }

  /** @return how long the task for a fake input text runs */
  Duration duration(String fakeText) {
    Duration duration = durations.get(fakeText);
    if (duration == null) {
      throw new IllegalArgumentException("not an input of this workload: " + fakeText);
    }
    return duration;
  }

  /**
   * @param slots tasks at once
   * @return the wall time, in seconds, of a perfect run: every input started, in order, the moment a slot is free
   */
  double perfectSeconds(int slots) {
    PriorityQueue<Long> freeAt = new PriorityQueue<>();
    for (int slot = 0; slot < slots; slot++) {
      freeAt.add(0L);
    }
    long end = 0;
    for (BatchInput input : inputs) {
      long taskEnd = freeAt.poll() + duration(fakeText(input.parameters().get(PARAMETER))).toMillis();
      end = Math.max(end, taskEnd);
      freeAt.add(taskEnd);
    }
    return end / 1000.0;
  }

  /** @return the sum of the task durations of the first {@code count} inputs, in seconds */
  double taskSeconds(int count) {
    return first(count).stream().mapToLong(input -> duration(fakeText(input.parameters().get(PARAMETER))).toMillis())
        .sum() / 1000.0;
  }
}
