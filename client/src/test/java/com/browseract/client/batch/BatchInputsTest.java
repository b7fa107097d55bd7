package com.browseract.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputsTest {
  @TempDir
  Path dir;

  List<BatchInput> read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    List<BatchInput> inputs = new ArrayList<>();
    BatchInputs.fromFile(file).forEach(inputs::add);
    return inputs;
  }

  @Test
  void readsCsvWithQuotesCommasAndLineBreaksInsideFields() throws IOException {
    List<BatchInput> inputs = read("in.csv", "keyword,note\nlaptops,plain\n\"a, b\",\"say \"\"hi\"\"\"\n\n"
        + "\"two\nlines\",x\r\n");

    assertThat(inputs).extracting(BatchInput::parameters).containsExactly(
        Map.of("keyword", "laptops", "note", "plain"), Map.of("keyword", "a, b", "note", "say \"hi\""),
        Map.of("keyword", "two\nlines", "note", "x"));
    assertThat(inputs).extracting(BatchInput::position).containsExactly(1, 2, 3);
    assertThat(inputs).extracting(BatchInput::line).containsExactly(2, 3, 5);
  }

  @Test
  void csvErrorsNameTheLine() {
    assertThatThrownBy(() -> read("a.csv", "keyword,max\nlaptops,5\nmonitors\n"))
        .isInstanceOf(BatchInputException.class).hasMessage("line 3: has 1 fields, the header has 2");
    assertThatThrownBy(() -> read("b.csv", "keyword,keyword\nx,y\n")).hasMessageContaining("line 1: the header names "
        + "'keyword' twice");
    assertThatThrownBy(() -> read("c.csv", "keyword\n\"open\n")).hasMessageContaining("line 2: a quoted field is "
        + "not closed");
    assertThatThrownBy(() -> read("d.csv", "keyword\nab\"c\n")).hasMessageContaining("line 2: a quote in the middle");
    assertThatThrownBy(() -> read("e.csv", "")).hasMessageContaining("empty");
  }

  @Test
  void readsJsonLinesTurningValuesIntoText() throws IOException {
    List<BatchInput> inputs = read("in.jsonl", "{\"keyword\":\"laptops\",\"max\":50,\"deep\":true}\n\n"
        + "{\"keyword\":\"x\",\"ratio\":0.5,\"tags\":[\"a\",\"b\"]}\n");

    assertThat(inputs.get(0).parameters()).containsExactly(Map.entry("keyword", "laptops"), Map.entry("max", "50"),
        Map.entry("deep", "true"));
    assertThat(inputs.get(1).parameters()).containsEntry("ratio", "0.5").containsEntry("tags", "[\"a\",\"b\"]");
    assertThat(inputs.get(1).line()).isEqualTo(3);
  }

  @Test
  void jsonLinesErrorsNameTheLine() {
    assertThatThrownBy(() -> read("a.jsonl", "{\"k\":\"v\"}\n{\"k\":\n")).hasMessageStartingWith("line 2: not JSON");
    assertThatThrownBy(() -> read("b.jsonl", "[1,2]\n")).hasMessageContaining("line 1: is not a JSON object");
    assertThatThrownBy(() -> read("c.jsonl", "{\"k\":null}\n")).hasMessageContaining("line 1: parameter 'k' is null");
    assertThatThrownBy(() -> read("d.jsonl", "{}\n")).hasMessageContaining("line 1: has no input parameters");
  }

  @Test
  void keysAreStableAcrossParameterOrderAndChangeWithContentOrPosition() {
    BatchInput one = BatchInput.of(3, Map.of("a", "1", "b", "2"));
    BatchInput reordered = BatchInput.of(3, new java.util.TreeMap<>(Map.of("b", "2", "a", "1")).descendingMap());

    assertThat(one.key()).matches("3:[0-9a-f]{12}").isEqualTo(reordered.key());
    assertThat(BatchInput.of(3, Map.of("a", "1", "b", "3")).key()).isNotEqualTo(one.key());
    assertThat(BatchInput.of(4, Map.of("a", "1", "b", "2")).key()).startsWith("4:");
    assertThat(BatchInput.positionOf(one.key())).isEqualTo(3);
  }

  @Test
  void iteratesTheFileAgainEachTime() throws IOException {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, "{\"k\":\"1\"}\n{\"k\":\"2\"}\n");
    Iterable<BatchInput> inputs = BatchInputs.fromFile(file);
    List<String> keys = new ArrayList<>();
    inputs.forEach(input -> keys.add(input.key()));
    inputs.forEach(input -> keys.add(input.key()));

    assertThat(keys).hasSize(4);
    assertThat(keys.subList(0, 2)).isEqualTo(keys.subList(2, 4));
  }
}
