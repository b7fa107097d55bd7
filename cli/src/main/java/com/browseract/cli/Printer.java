package com.browseract.cli;

import com.browseract.client.ModelJson;
import com.browseract.client.TaskOutputs;
import com.browseract.client.model.TaskFile;
import com.browseract.client.model.Task;
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
      out.println(ModelJson.toPrettyJson(model));
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
      List<Map<?, ?>> records = flatRecords(task);
      if (records != null) {
        outputTable(records);
      } else {
        out.println(task.getOutput().getString());
      }
    }
  }

  /** The output as a list of flat records (objects whose values are not objects or lists), or null. */
  private static List<Map<?, ?>> flatRecords(Task task) {
    Object parsed;
    try {
      parsed = TaskOutputs.parse(task);
    } catch (RuntimeException notJson) {
      return null;
    }
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
