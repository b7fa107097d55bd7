package com.browseract.bench;

import java.nio.charset.StandardCharsets;

/** get-task answers as BrowserAct sends them: a realistic one (50 steps, about 20 KB) and a large one (1 MB). */
final class TaskBodies {
  static final String TASK_ID = "90183340215371521";

  private TaskBodies() {}

  /** A finished task with 50 steps and a short output: about 20 KB. */
  static byte[] realistic() {
    return task(50, 600, 3).getBytes(StandardCharsets.UTF_8);
  }

  /** A finished task whose output string and download-file list make it about 1 MB. */
  static byte[] large() {
    return task(50, 250_000, 2_400).getBytes(StandardCharsets.UTF_8);
  }

  /** The realistic body of task {@code id} in {@code status}: what get-task and a callback send. */
  static String realisticFor(String id, String status) {
    return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"" + REALISTIC_TAIL_AFTER_STATUS;
  }

  private static final String REALISTIC_TAIL_AFTER_STATUS = new String(realistic(), StandardCharsets.UTF_8)
      .substring(("{\"id\":\"" + TASK_ID + "\",\"status\":\"finished\"").length());

  static byte[] forSize(String size) {
    return switch (size) {
      case "20KB" -> realistic();
      case "1MB" -> large();
      default -> throw new IllegalArgumentException("unknown size " + size);
    };
  }

  private static String task(int steps, int outputChars, int files) {
    StringBuilder json = new StringBuilder(outputChars * 2 + files * 400 + steps * 400)
        .append("{\"id\":\"").append(TASK_ID).append("\",\"status\":\"finished\",\"workflow_id\":\"77638424152140851\",")
        .append("\"created_at\":\"2026-11-20T09:00:00Z\",\"finished_at\":\"2026-11-20T09:04:12Z\",\"credit\":42,")
        .append("\"input_parameters\":\"keyword=laptops\",\"profile_id\":\"profile_5521\",")
        .append("\"log_detail_url\":\"https://example.com/logs/").append(TASK_ID).append("\",\"steps\":[");
    for (int i = 1; i <= steps; i++) {
      json.append(i > 1 ? "," : "").append("{\"id\":\"step-").append(i).append("\",\"step\":").append(i)
          .append(",\"status\":\"succeed\",\"evaluation_previous_goal\":\"The page shows the results of step ")
          .append(i - 1).append("; the list of products is visible and the filters are applied as asked.\",")
          .append("\"step_goal\":\"Open product ").append(i).append(" of the results and read its name, price, ")
          .append("rating and the number of reviews.\",\"screenshots_url\":\"https://cdn.example.com/tasks/")
          .append(TASK_ID).append("/screenshots/step-").append(i).append(".png\"}");
    }
    json.append("],\"output\":{\"string\":\"");
    String row = "{\\\"name\\\":\\\"Laptop 14 inch\\\",\\\"price\\\":\\\"799.00\\\"},";
    while (json.length() < outputChars + 200 * steps) {
      json.append(row);
    }
    json.append("\",\"files\":[\"https://cdn.example.com/out/result.csv\"]},\"download_files\":[");
    for (int i = 0; i < files; i++) {
      json.append(i > 0 ? "," : "").append("{\"guid\":\"f-").append(i).append("\",\"fileName\":\"result-").append(i)
          .append(".csv\",\"fileSize\":").append(1000 + i).append(",\"status\":\"completed\",\"progress\":100,")
          .append("\"downloadUrl\":\"https://cdn.example.com/files/").append(TASK_ID).append("/result-").append(i)
          .append(".csv?signature=abcdef0123456789\",\"downloadStartTime\":1763629200000,")
          .append("\"downloadCompletedTime\":1763629201000,\"expiresAt\":1764234000000,\"createTime\":1763629200000}");
    }
    return json.append("],\"files_expires_at\":1764234000000}").toString();
  }
}
