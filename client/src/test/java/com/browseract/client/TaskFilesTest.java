package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.DownloadException;
import com.browseract.client.model.Task;
import com.browseract.client.model.TaskFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskFilesTest extends MockApiTestBase {
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

    List<DownloadedFile> written = client.files().download(task, dir);

    assertThat(written).extracting(DownloadedFile::path).containsExactly(dir.resolve("rows.csv"), dir.resolve("passwd"));
    assertThat(written).extracting(DownloadedFile::guid).containsExactly("g-rows.csv", "g-../../etc/passwd");
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

    assertThatThrownBy(() -> client.files().download(task, dir)).isInstanceOf(DownloadException.class)
        .hasMessageContaining("HTTP 403 for x.bin");
  }

  @Test
  void twoFilesOfTheSameNameAreBothKept() throws Exception {
    server.enqueue(new MockResponse().setBody("first"));
    server.enqueue(new MockResponse().setBody("second"));
    server.enqueue(new MockResponse().setBody("third"));
    Task task = new Task().id("t").downloadFiles(List.of(file("report.csv", "/1", null),
        file("report.csv", "/2", null), file("REPORT.csv", "/3", null)));

    List<DownloadedFile> written = client.files().download(task, dir);

    assertThat(written).extracting(f -> f.path().getFileName().toString())
        .containsExactly("report.csv", "report (2).csv", "REPORT (3).csv");
    assertThat(Files.readString(dir.resolve("report.csv"))).isEqualTo("first");
    assertThat(Files.readString(dir.resolve("report (2).csv"))).isEqualTo("second");
  }

  @Test
  void existingFilesAreKeptUnlessOverwritingIsAsked() throws Exception {
    Files.writeString(dir.resolve("data.json"), "mine");
    server.enqueue(new MockResponse().setBody("theirs"));
    server.enqueue(new MockResponse().setBody("theirs again"));
    Task task = new Task().id("t").downloadFiles(List.of(file("data.json", "/1", null)));

    assertThat(client.files().download(task, dir)).extracting(DownloadedFile::path)
        .containsExactly(dir.resolve("data (2).json"));
    assertThat(Files.readString(dir.resolve("data.json"))).isEqualTo("mine");

    assertThat(client.files().download(task, dir, DownloadOptions.overwrite(true))).extracting(DownloadedFile::path)
        .containsExactly(dir.resolve("data.json"));
    assertThat(Files.readString(dir.resolve("data.json"))).isEqualTo("theirs again");
  }

  @Test
  void unsafeNamesAreCleanedAndTheGuidFallbackToo() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setBody("x"));
    }
    Task task = new Task().id("t").downloadFiles(List.of(
        new TaskFile().guid("g1").fileName("a\u0000b<c>:d|e?.txt").downloadUrl(server.url("/1").toString()),
        new TaskFile().guid("g2").fileName("CON.txt").downloadUrl(server.url("/2").toString()),
        new TaskFile().guid("..\\..\\evil").fileName("..").downloadUrl(server.url("/3").toString()),
        new TaskFile().guid(null).fileName("dots. . .").downloadUrl(server.url("/4").toString()),
        new TaskFile().guid("/").fileName(null).downloadUrl(server.url("/5").toString())));

    List<DownloadedFile> written = client.files().download(task, dir);

    assertThat(written).extracting(f -> f.path().getFileName().toString())
        .containsExactly("a_b_c__d_e_.txt", "_CON.txt", "evil", "dots", "file");
    assertThat(written).allMatch(f -> f.path().getParent().equals(dir));
  }

  @Test
  void aFailureInTheMiddleKeepsWhatWasWrittenAndLeavesNoPartialFile() throws Exception {
    server.enqueue(new MockResponse().setBody("one"));
    server.enqueue(new MockResponse().setBody("two-but-cut-off").setSocketPolicy(
        okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    Task task = new Task().id("t").downloadFiles(List.of(file("one.txt", "/1", null), file("two.txt", "/2", null),
        file("three.txt", "/3", null)));

    assertThatThrownBy(() -> client.files().download(task, dir))
        .isInstanceOfSatisfying(DownloadException.class, e -> {
          assertThat(e.fileName()).isEqualTo("two.txt");
          assertThat(e.written()).containsExactly(dir.resolve("one.txt"));
          assertThat(e.getMessage()).contains("two.txt").contains("1 file(s) written before it are kept");
        });
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("one.txt");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFileThatAppearsDuringTheDownloadIsKept() throws Exception {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          Files.writeString(dir.resolve("late.txt"), "someone else's");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return new MockResponse().setBody("ours");
      }
    });
    Task task = new Task().id("t").downloadFiles(List.of(file("late.txt", "/1", null)));

    List<DownloadedFile> written = client.files().download(task, dir);

    assertThat(Files.readString(dir.resolve("late.txt"))).isEqualTo("someone else's");
    assertThat(written).extracting(DownloadedFile::path).containsExactly(dir.resolve("late (2).txt"));
    assertThat(Files.readString(dir.resolve("late (2).txt"))).isEqualTo("ours");
  }

  @Test
  void aBareDirectoryNameWorksAsAnyOther() throws Exception {
    server.enqueue(new MockResponse().setBody("x"));
    Path relative = Path.of("target", "download-" + System.nanoTime());
    Task task = new Task().id("t").downloadFiles(List.of(file("x.txt", "/1", null)));

    assertThat(client.files().download(task, relative)).extracting(DownloadedFile::path)
        .containsExactly(relative.resolve("x.txt"));
    assertThat(Files.readString(relative.resolve("x.txt"))).isEqualTo("x");
  }

  @Test
  void bidiOverridesAndFormatCharactersAreCleaned() {
    assertThat(FileNames.clean("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
    assertThat(FileNames.clean("a\u0085b\u200Bc.txt")).isEqualTo("a_b_c.txt");
  }
}
