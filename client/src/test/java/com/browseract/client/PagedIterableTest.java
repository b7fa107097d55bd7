package com.browseract.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.model.TaskSummary;
import com.browseract.client.model.TaskStatus;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagedIterableTest extends MockApiTestBase {
  private static String taskPage(int page, int totalPages, String... ids) {
    String items = java.util.Arrays.stream(ids)
        .map(id -> "{\"id\":\"" + id + "\",\"status\":\"finished\",\"workflow_id\":\"wf\",\"created_at\":\"2026-11-29T00:00:00Z\"}")
        .collect(Collectors.joining(","));
    return "{\"page\":" + page + ",\"limit\":2,\"total_pages\":" + totalPages + ",\"total_count\":5,\"items\":[" + items + "]}";
  }

  @Test
  void fetchesThreePagesLazily() throws Exception {
    server.enqueue(json(200, taskPage(1, 3, "a", "b")));
    server.enqueue(json(200, taskPage(2, 3, "c", "d")));
    server.enqueue(json(200, taskPage(3, 3, "e")));

    PagedIterable<TaskSummary> all = client.tasks().listAll(
        TaskListParams.builder().status(TaskStatus.FINISHED).workflowId("wf").limit(2).build());
    assertThat(server.getRequestCount()).isZero();

    Iterator<TaskSummary> it = all.iterator();
    assertThat(it.next().getId()).isEqualTo("a");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().getId()).isEqualTo("b");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().getId()).isEqualTo("c");
    assertThat(server.getRequestCount()).isEqualTo(2);
    List<String> rest = new java.util.ArrayList<>();
    it.forEachRemaining(t -> rest.add(t.getId()));
    assertThat(rest).containsExactly("d", "e");
    assertThat(server.getRequestCount()).isEqualTo(3);

    assertThat(server.takeRequest().getPath())
        .isEqualTo("/v2/workflow/list-tasks?status=finished&page=1&limit=2&workflow_id=wf");
    assertThat(server.takeRequest().getPath()).contains("page=2");
    assertThat(server.takeRequest().getPath()).contains("page=3");
  }

  @Test
  void streamStopsFetchingWhenEnoughItemsWereTaken() {
    server.enqueue(json(200, "{\"page\":1,\"limit\":2,\"total_pages\":50,\"total_count\":100,\"items\":["
        + "{\"id\":\"w1\"},{\"id\":\"w2\"}]}"));

    List<String> first = client.workflows().listAll(WorkflowListParams.builder().limit(2).build()).stream().limit(2).map(w -> w.getId())
        .collect(Collectors.toList());

    assertThat(first).containsExactly("w1", "w2");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void emptyPageEndsIterationEvenIfTotalPagesSaysMore() {
    server.enqueue(json(200, "{\"page\":1,\"limit\":20,\"total_pages\":9,\"total_count\":0,\"items\":[]}"));

    assertThat(client.templates().listAll(TemplateListParams.builder().keyword("amazon").limit(20).build()).stream().count()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void singlePageReportsItsMetadata() {
    server.enqueue(json(200, "{\"page\":2,\"limit\":20,\"total_pages\":5,\"total_count\":87,\"items\":[{\"templateId\":\"t\","
        + "\"name\":\"n\",\"recommendDesc\":\"r\",\"detailUrl\":\"https://example.com\"}]}"));

    Page<com.browseract.client.model.WorkflowTemplateSummary> page = client.templates().list(TemplateListParams.builder().page(2).limit(20).build());

    assertThat(page.page()).isEqualTo(2);
    assertThat(page.totalPages()).isEqualTo(5);
    assertThat(page.totalCount()).isEqualTo(87);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.items().get(0).getTemplateId()).isEqualTo("t");
  }

  @Test
  void aServerRepeatingPageNumbersCannotCauseAnEndlessLoop() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(200, "{\"page\":1,\"limit\":1,\"total_pages\":3,\"total_count\":3,\"items\":[{\"id\":\"w\"}]}"));
    }

    assertThat(client.workflows().listAll(WorkflowListParams.builder().limit(1).build()).stream().count()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
