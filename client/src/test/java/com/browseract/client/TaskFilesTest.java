package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.model.TaskFile;
import com.browseract.client.model.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskFilesTest extends MockApiTest {
  @TempDir
  Path dir;

  private TaskFile file(String name, String path, Long expiresAt) {
    return new TaskFile().guid("g-" + name).fileName(name)
        .downloadUrl(server.url(path).toString()).expiresAt(expiresAt);
  }

  @Test
  void downloadsEachFileWithoutSendingTheApiKey() throws Exception {
    server.enqueue(new MockResponse().setBody("a,b\n1,2\n"));
    server.enqueue(new MockResponse().setBody("{}"));
    long later = time.instant().plusSeconds(3600).toEpochMilli();
    Task task = new Task().id("t")
        .downloadFiles(List.of(file("rows.csv", "/f/1", later), file("../../etc/passwd", "/f/2", later)));

    List<Path> written = client.files().download(task, dir);

    assertThat(written).containsExactly(dir.resolve("rows.csv"), dir.resolve("passwd"));
    assertThat(Files.readString(dir.resolve("rows.csv"))).isEqualTo("a,b\n1,2\n");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("Authorization")).isNull();
  }

  @Test
  void expiredLinksAreRefusedBeforeAnyDownload() {
    long past = time.instant().minusSeconds(60).toEpochMilli();
    Task task = new Task().id("t")
        .downloadFiles(List.of(file("ok.csv", "/f/1", null), file("old.csv", "/f/2", past)));

    assertThatThrownBy(() -> client.files().download(task, dir))
        .isInstanceOf(BrowserActException.class)
        .hasMessageContaining("old.csv").hasMessageContaining("expired").hasMessageContaining("read the task again");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void failedDownloadIsReported() {
    server.enqueue(new MockResponse().setResponseCode(403));
    Task task = new Task().id("t").downloadFiles(List.of(file("x.bin", "/f", null)));

    assertThatThrownBy(() -> client.files().download(task, dir)).hasMessageContaining("HTTP 403 for x.bin");
  }
}
