package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.model.Task;
import com.browseract.client.model.TaskOutput;
import com.browseract.client.model.TaskStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records the fixture of {@link JournalCompatibilityTest} has no case of: downloads, and reading back. */
class JournalRecordTest {
  private static final BatchInput INPUT = BatchInput.of(7, Map.of("keyword", "laptops"));

  @TempDir
  Path dir;

  private String written(JournalRecord record) throws IOException {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.open(file)) {
      journal.append(record);
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
  }

  private static JournalRecord finished() {
    Task task = new Task().id("t-1").status(TaskStatus.FINISHED).credit(2L)
        .output(new TaskOutput().string("[]").files(List.of("https://example.com/a.csv")));
    return JournalRecord.ended(INPUT, 1, "t-1", TaskEnd.of(task), true);
  }

  @Test
  void downloadedFilesFollowTheEndedFields() throws IOException {
    JournalRecord record = finished();
    record.downloaded(List.of("files/t-1/a.csv"), null);

    assertThat(written(record)).isEqualTo("{\"type\":\"ended\",\"key\":\"" + INPUT.key() + "\",\"attempt\":1,"
        + "\"taskId\":\"t-1\",\"status\":\"finished\",\"final\":true,\"output\":\"[]\",\"credits\":2,"
        + "\"failureCode\":null,\"failureMessage\":null,\"files\":[\"files/t-1/a.csv\"]}");
  }

  @Test
  void aFailedDownloadLeavesNoFilesAndItsReason() throws IOException {
    JournalRecord record = finished();
    record.downloaded(new ArrayList<>(), "HTTP 500");

    assertThat(written(record)).endsWith(",\"files\":[],\"downloadError\":\"HTTP 500\"}");
  }

  @Test
  void whatIsWrittenReadsBack() throws IOException {
    Instant at = Instant.parse("2026-11-30T08:00:00Z");
    written(JournalRecord.starting(INPUT, 2, at));
    List<JournalRecord> read = new ArrayList<>();

    Journal.replay(dir.resolve("journal.jsonl"), read::add);

    JournalRecord record = read.get(0);
    assertThat(record.type).isEqualTo(JournalRecord.STARTING);
    assertThat(record.key()).isEqualTo(INPUT.key());
    assertThat(record.attempt()).isEqualTo(2);
    assertThat(record.at()).isEqualTo(at);
    assertThat(record.input(7).key()).isEqualTo(INPUT.key());
  }
}
