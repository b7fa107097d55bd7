package com.browseract.client.batch;

import com.browseract.client.BrowserAct;
import com.browseract.client.Page;
import com.browseract.client.TaskListParams;
import com.browseract.client.model.TaskSummary;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicLong;

/** Lists the tasks a batch may have created since a moment: its workflow's (any, for a template), every page. */
final class TaskLister {
  static final int PAGE_SIZE = 500;

  private final Supplier<BrowserAct> client;
  private final BatchTarget target;
  private final AtomicLong requests;

  /** @param client the client for each request (a batch's deadline cuts them off) */
  TaskLister(Supplier<BrowserAct> client, BatchTarget target, AtomicLong requests) {
    this.client = client;
    this.target = target;
    this.requests = requests;
  }

  /** Hands each listed task to {@code each}, page by page: no more than a page is held at once. */
  void since(Instant from, Consumer<TaskSummary> each) {
    int page = 1;
    while (true) {
      TaskListParams.Builder params = TaskListParams.builder().createdFrom(from).page(page).limit(PAGE_SIZE);
      if (!target.isTemplate()) {
        params.workflowId(target.id());
      }
      requests.incrementAndGet();
      Page<TaskSummary> answer = client.get().tasks().list(params.build());
      answer.items().forEach(each);
      if (!answer.hasNext() || answer.items().isEmpty()) {
        return;
      }
      page++;
    }
  }
}
