package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.browseract.client.errors.BrowserActException;
import com.browseract.client.errors.DownloadException;
import com.browseract.client.v3.model.OutputFile;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunFile;
import com.browseract.client.v3.model.RunStatus;
import com.squareup.moshi.Types;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputsTest extends MockApiTest {
  @TempDir
  Path dir;

  static final class Product {
    String name;
    int price;
  }

  private static Run finished(Object output) {
    return new Run().taskId("r1").status(RunStatus.FINISHED).output(output);
  }

  @Test
  void outputReadsAsTheCallersType() {
    server.enqueue(json(200, "{\"task_id\":\"r1\",\"status\":\"finished\",\"output\":[{\"name\":\"Pen\","
        + "\"price\":3},{\"name\":\"Ink\",\"price\":12}]}"));
    Run run = client.runs().get("r1");

    List<Product> products = RunOutputs.read(run, Types.newParameterizedType(List.class, Product.class));
    Product[] asArray = RunOutputs.read(run, Product[].class);

    assertThat(products).extracting(p -> p.name + "=" + p.price).containsExactly("Pen=3", "Ink=12");
    assertThat(asArray).hasSize(2);
    assertThat(RunOutputs.json(run)).isEqualTo("[{\"name\":\"Pen\",\"price\":3.0},{\"name\":\"Ink\",\"price\":12.0}]");
    assertThat(RunOutputs.value(run)).isInstanceOf(List.class);
  }

  @Test
  void anyJsonValueIsAnOutput() {
    assertThat(RunOutputs.read(finished("plain text"), String.class)).isEqualTo("plain text");
    assertThat(RunOutputs.read(finished(Map.of("ok", true)), Map.class)).containsEntry("ok", true);
  }

  @Test
  void anOutputOfAnotherShapeSaysWhere() {
    assertThatThrownBy(() -> RunOutputs.read(finished(Map.of("name", List.of())), Product.class))
        .isInstanceOf(BrowserActException.class).hasMessageContaining("Output of run r1 is not JSON of type")
        .hasMessageContaining("$.name");
  }

  @Test
  void aRunWithoutOutputSaysItsStatus() {
    assertThatThrownBy(() -> RunOutputs.read(new Run().taskId("r1").status(RunStatus.RUNNING), Product.class))
        .isInstanceOf(IllegalStateException.class).hasMessage("Run r1 has no output (status running)");
  }

  @Test
  void outputFilesDownloadByFormatWithoutTheApiKey() throws Exception {
    server.enqueue(new MockResponse().setBody("a,b\n"));
    long later = time.instant().plusSeconds(3600).toEpochMilli();
    Run run = finished(null).filesExpiresAt(later).outputFiles(Map.of(
        "csv", new OutputFile().fileName("result.csv").downloadUrl(server.url("/o/csv").toString()),
        "json", new OutputFile().fileName("result.json").downloadUrl(server.url("/o/json").toString())));

    DownloadedFile file = client.files().downloadOutput(run, "csv", dir);

    assertThat(file.path()).isEqualTo(dir.resolve("result.csv"));
    assertThat(Files.readString(file.path())).isEqualTo("a,b\n");
    assertThat(server.takeRequest().getHeader("Authorization")).isNull();
    assertThatThrownBy(() -> client.files().downloadOutput(run, "xml", dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("run r1 has no output file in format xml; it has "
            + "[csv, json]");
  }

  @Test
  void downloadFilesKeepDistinctNamesAndRefuseExpiredLinks() throws Exception {
    server.enqueue(new MockResponse().setBody("one"));
    server.enqueue(new MockResponse().setBody("two"));
    Run run = finished(null).downloadFiles(List.of(
        new RunFile().guid("g1").fileName("shot.png").downloadUrl(server.url("/1").toString()),
        new RunFile().guid("g2").fileName("shot.png").downloadUrl(server.url("/2").toString())));

    List<DownloadedFile> written = client.files().download(run, dir);

    assertThat(written).extracting(DownloadedFile::guid).containsExactly("g1", "g2");
    assertThat(written.get(0).path()).isNotEqualTo(written.get(1).path());
    assertThat(Files.readString(written.get(1).path())).isEqualTo("two");

    Run expired = finished(null).filesExpiresAt(time.instant().minusSeconds(1).toEpochMilli()).downloadFiles(
        List.of(new RunFile().guid("g3").fileName("late.csv").downloadUrl(server.url("/3").toString())));
    assertThatThrownBy(() -> client.files().download(expired, dir)).isInstanceOf(DownloadException.class)
        .hasMessageContaining("late.csv").hasMessageContaining("read the run again");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
