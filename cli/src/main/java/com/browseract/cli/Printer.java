package com.browseract.cli;

import com.browseract.client.TaskOutputs;
import com.browseract.client.model.TaskFile;
import com.browseract.client.model.Task;
import com.browseract.client.v3.model.Run;
import com.browseract.client.v3.model.RunFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes results: one JSON document with {@code --json}, readable text or aligned tables otherwise. */
final class Printer {
  final PrintWriter out;
  final PrintWriter err;
  final boolean json;

  Printer(PrintWriter out, PrintWriter err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** Prints {@code model} as JSON, or runs {@code text} to print it for people. */
  void result(Object model, Runnable text) {
    if (json) {
      out.println(JsonValues.pretty(model));
    } else {
      text.run();
    }
    out.flush();
  }

  void line(String text) {
    out.println(text);
  }

  void table(List<String> headers, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    int[] widths = new int[headers.size()];
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], String.valueOf(row.get(i)).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = String.valueOf(row.get(i));
        line.append(i == row.size() - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
      }
      out.println(line.toString().stripTrailing());
    }
    if (rows.isEmpty()) {
      out.println("(none)");
    }
  }

  void task(Task task) {
    out.println("Task " + task.getId() + "  " + task.getStatus());
    out.println("  workflow  " + task.getWorkflowId());
    out.println("  created   " + task.getCreatedAt() + (task.getFinishedAt() == null ? ""
        : "   finished " + task.getFinishedAt()));
    if (task.getCredit() != null) {
      out.println("  credits   " + task.getCredit());
    }
    out.println("  steps     " + (task.getSteps() == null ? 0 : task.getSteps().size()));
    if (task.getLiveUrlInfo() != null && task.getLiveUrlInfo().getLiveUrl() != null) {
      out.println("  live      " + task.getLiveUrlInfo().getLiveUrl());
    }
    if (task.getTaskFailureInfo() != null) {
      out.println("  failure   " + task.getTaskFailureInfo().getCode() + " " + task.getTaskFailureInfo().getMessage());
    }
    if (task.getDownloadFiles() != null) {
      for (TaskFile file : task.getDownloadFiles()) {
        out.println("  file      " + file.getFileName() + " (" + file.getFileSize() + " bytes)");
      }
    }
    if (task.getOutput() != null && task.getOutput().getString() != null) {
      out.println("Output:");
      Object parsed = parsedOrNull(task);
      if (flatRecords(parsed) != null) {
        output(parsed);
      } else {
        out.println(task.getOutput().getString());
      }
    }
  }

  private static Object parsedOrNull(Task task) {
    try {
      return TaskOutputs.parse(task);
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  void run(Run run) {
    out.println("Run " + run.getTaskId() + "  " + run.getStatus());
    out.println("  bot       " + text(run.getBotId()) + (run.getBotName() == null ? "" : "  " + run.getBotName())
        + (run.getBotType() == null ? "" : " (" + run.getBotType() + ")"));
    out.println("  created   " + text(run.getCreatedAt()) + (run.getFinishedAt() == null ? ""
        : "   finished " + run.getFinishedAt()));
    if (run.getCredit() != null) {
      out.println("  credits   " + run.getCredit());
    }
    out.println("  steps     " + (run.getSteps() == null ? 0 : run.getSteps().size()));
    if (run.getLiveUrlInfo() != null && run.getLiveUrlInfo().getLiveUrl() != null) {
      out.println("  live      " + run.getLiveUrlInfo().getLiveUrl());
    }
    if (run.getLogDetailUrl() != null) {
      out.println("  log       " + run.getLogDetailUrl());
    }
    if (run.getTaskFailureInfo() != null) {
      out.println("  failure   " + run.getTaskFailureInfo().getCode() + " " + run.getTaskFailureInfo().getMessage());
    }
    if (run.getOutput() != null) {
      out.println("Output:");
      output(JsonValues.whole(run.getOutput()));
    }
    runFiles(run);
  }

  /** The result files by format, then the files the run downloaded, each with its size. */
  private void runFiles(Run run) {
    List<List<String>> rows = new ArrayList<>();
    if (run.getOutputFiles() != null) {
      run.getOutputFiles().forEach((format, file) -> rows.add(List.of(format, text(file.getFileName()),
          size(file.getFileSize()))));
    }
    if (run.getDownloadFiles() != null) {
      for (RunFile file : run.getDownloadFiles()) {
        rows.add(List.of("download", text(file.getFileName()), size(file.getFileSize())));
      }
    }
    if (!rows.isEmpty()) {
      out.println("Files:");
      table(List.of("KIND", "NAME", "SIZE"), rows);
    }
  }

  private static String size(Long bytes) {
    return bytes == null ? "?" : bytes + " bytes";
  }

  /**
   * A bot's input or output schema for people: a table of its properties (name, type, whether required, what it
   * is), or the schema as indented JSON when it declares none.
   */
  void schema(String title, Map<String, Object> schema) {
    Object properties = schema == null ? null : schema.get("properties");
    if (!(properties instanceof Map) || ((Map<?, ?>) properties).isEmpty()) {
      out.println(title + ": " + (schema == null ? "no schema" : JsonValues.pretty(schema)));
      return;
    }
    Object required = schema.get("required");
    List<List<String>> rows = new ArrayList<>();
    ((Map<?, ?>) properties).forEach((name, property) -> {
      Map<?, ?> details = property instanceof Map ? (Map<?, ?>) property : Map.of();
      rows.add(List.of(String.valueOf(name), typeText(details),
          required instanceof List && ((List<?>) required).contains(name) ? "yes" : "",
          text(details.get("description")).replaceAll("\\s+", " ")));
    });
    out.println(title + ":");
    table(List.of("NAME", "TYPE", "REQUIRED", "DESCRIPTION"), rows);
  }

  /** {@code integer}, {@code string|null}, {@code array of string}, {@code string (a, b)}, or a reference's name. */
  private static String typeText(Map<?, ?> property) {
    Object type = property.get("type");
    String text = type instanceof List ? ((List<?>) type).stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining("|")) : type != null ? String.valueOf(type)
        : property.get("$ref") != null ? String.valueOf(property.get("$ref")).replaceAll(".*/", "") : "any";
    if ("array".equals(type) && property.get("items") instanceof Map) {
      text += " of " + typeText((Map<?, ?>) property.get("items"));
    }
    if (property.get("enum") instanceof List) {
      text += " (" + ((List<?>) property.get("enum")).stream().map(value -> cell(JsonValues.whole(value)))
          .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }
    return text;
  }

  /** A JSON value for people: a list of flat records as a table, anything else indented JSON. */
  void output(Object value) {
    List<Map<?, ?>> records = flatRecords(value);
    if (records != null) {
      outputTable(records);
    } else {
      out.println(value instanceof String ? value : JsonValues.pretty(value));
    }
  }

  /** The value as a list of flat records (objects whose values are not objects or lists), or null. */
  private static List<Map<?, ?>> flatRecords(Object parsed) {
    if (!(parsed instanceof List) || ((List<?>) parsed).isEmpty()) {
      return null;
    }
    List<Map<?, ?>> records = new ArrayList<>();
    for (Object item : (List<?>) parsed) {
      if (!(item instanceof Map) || ((Map<?, ?>) item).values().stream()
          .anyMatch(value -> value instanceof Map || value instanceof List)) {
        return null;
      }
      records.add((Map<?, ?>) item);
    }
    return records;
  }

  private void outputTable(List<Map<?, ?>> records) {
    Set<String> columns = new LinkedHashSet<>();
    records.forEach(record -> record.keySet().forEach(key -> columns.add(String.valueOf(key))));
    List<List<String>> rows = new ArrayList<>();
    for (Map<?, ?> record : records) {
      List<String> row = new ArrayList<>();
      columns.forEach(column -> row.add(cell(record.get(column))));
      rows.add(row);
    }
    table(new ArrayList<>(columns), rows);
  }

  /** A JSON value as a table cell; whole numbers without the ".0" Moshi gives every number. */
  private static String cell(Object value) {
    if (value instanceof Double && ((Double) value) == Math.rint((Double) value) && !((Double) value).isInfinite()) {
      return String.valueOf(((Double) value).longValue());
    }
    return text(value);
  }

  static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
