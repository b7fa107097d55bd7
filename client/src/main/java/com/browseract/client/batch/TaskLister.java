package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.Page;
import com.browseract.client.TaskListParams;
import com.browseract.client.model.TaskSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Lists the tasks a batch may have created since a moment: its workflow's (any, for a template), every page. */
final class TaskLister {
  static final int PAGE_SIZE = 500;

  private final BrowserAct client;
  private final BatchTarget target;
  private final AtomicLong requests;

  TaskLister(BrowserAct client, BatchTarget target, AtomicLong requests) {
    this.client = client;
    this.target = target;
    this.requests = requests;
  }

  List<TaskSummary> since(Instant from) {
    List<TaskSummary> tasks = new ArrayList<>();
    int page = 1;
    while (true) {
      TaskListParams.Builder params = TaskListParams.builder().createdFrom(from).page(page).limit(PAGE_SIZE);
      if (!target.isTemplate()) {
        params.workflowId(target.id());
      }
      requests.incrementAndGet();
      Page<TaskSummary> answer = client.tasks().list(params.build());
      tasks.addAll(answer.items());
      if (!answer.hasNext() || answer.items().isEmpty()) {
        return tasks;
      }
      page++;
    }
  }
}
