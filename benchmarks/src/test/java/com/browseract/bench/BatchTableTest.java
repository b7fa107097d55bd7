package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BatchTableTest {
  static Properties figures(String... namesAndValues) {
    Properties figures = new Properties();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      figures.setProperty(namesAndValues[i], namesAndValues[i + 1]);
    }
    return figures;
  }

  @Test
  void extrapolatesTheOneAfterAnotherPatternWithItsMeasuredDelayPerInput() {
    // 2 inputs of 10 task-seconds in 16 s: one 5 s pause between them, so 0.5 s of delay per input;
    // 300 inputs of 2,400 task-seconds: 2,400 + 300 × 0.5 + 299 × 5
    Properties sequential = figures("ran", "2", "inputs", "300", "wallMillis", "16000", "taskSecondsRan", "10",
        "taskSecondsAll", "2400");
    BatchTable table = new BatchTable(new Properties(), sequential, new Properties(), 20);

    assertThat(table.extrapolatedSequentialSeconds()).isCloseTo(2400 + 150 + 1495, within(1e-9));
  }

  @Test
  void oneTaskPerInputNeedsAsManyTasksAsInputsNoneTwiceAndNoneMissing() {
    assertThat(BatchTable.oneTaskPerInput(figures("tasksCreated", "300", "ran", "300", "inputsWithSeveralTasks", "0",
        "inputsWithoutTask", "0"))).isTrue();
    assertThat(BatchTable.oneTaskPerInput(figures("tasksCreated", "300", "ran", "300", "inputsWithSeveralTasks", "1",
        "inputsWithoutTask", "1"))).isFalse();
  }
}
