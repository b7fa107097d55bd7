package com.browseract.bench;

import com.squareup.moshi.Json;
import java.util.List;

/** The floor's model: the fields of a task as plain public fields, nothing else. */
public final class MinimalTask {
  public String id;
  public String status;
  @Json(name = "workflow_id") public String workflowId;
  @Json(name = "created_at") public String createdAt;
  @Json(name = "finished_at") public String finishedAt;
  public Long credit;
  @Json(name = "input_parameters") public String inputParameters;
  @Json(name = "profile_id") public String profileId;
  @Json(name = "log_detail_url") public String logDetailUrl;
  public List<Step> steps;
  public Output output;
  @Json(name = "download_files") public List<File> downloadFiles;
  @Json(name = "files_expires_at") public Long filesExpiresAt;

  /** One step. */
  public static final class Step {
    public String id;
    public int step;
    public String status;
    @Json(name = "evaluation_previous_goal") public String evaluationPreviousGoal;
    @Json(name = "step_goal") public String stepGoal;
    @Json(name = "screenshots_url") public String screenshotsUrl;
  }

  /** The output. */
  public static final class Output {
    public String string;
    public List<String> files;
  }

  /** One download file. */
  public static final class File {
    public String guid;
    public String fileName;
    public Long fileSize;
    public String status;
    public Integer progress;
    public String downloadUrl;
    public Long downloadStartTime;
    public Long downloadCompletedTime;
    public Long expiresAt;
    public Long createTime;
  }
}
