package com.browseract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.bench.defaultclient.JSON;
import com.browseract.client.Webhooks;
import com.browseract.client.model.Task;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bodies have the sizes the benchmarks claim, and every parser compared reads all of each. */
class TaskBodiesTest {
  @ParameterizedTest
  @CsvSource({"20KB, 15000, 25000, 3", "1MB, 1000000, 1100000, 2400"})
  void sizeAndContentAreWhatTheResultsSay(String size, int minBytes, int maxBytes, int files) throws Exception {
    String body = new String(TaskBodies.forSize(size), StandardCharsets.UTF_8);

    Task ours = Webhooks.parseTask(body);
    var theirs = JSON.getGson().fromJson(body, com.browseract.bench.defaultclient.model.WorkflowTaskResponse.class);
    MinimalTask floor = new com.squareup.moshi.Moshi.Builder().build().adapter(MinimalTask.class).fromJson(body);

    assertThat(body.length()).isBetween(minBytes, maxBytes);
    assertThat(ours.getSteps()).hasSize(50);
    assertThat(ours.getDownloadFiles()).hasSize(files);
    assertThat(theirs.getSteps()).hasSize(50);
    assertThat(theirs.getDownloadFiles()).hasSize(files);
    assertThat(floor.steps).hasSize(50);
    assertThat(floor.downloadFiles).hasSize(files);
    assertThat(theirs.getOutput().getString()).isEqualTo(ours.getOutput().getString());
  }
}
