package com.browseract.client.batch;

import java.util.Objects;

/** What a batch runs for each input: one of the account's workflows, or one of BrowserAct's official templates. */
public final class BatchTarget {
  private final String id;
  private final boolean template;

  private BatchTarget(String id, boolean template) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException((template ? "template" : "workflow") + " id must not be blank");
    }
    this.id = id;
    this.template = template;
  }

  /**
   * @param workflowId the workflow to run
   * @return the target
   * @throws IllegalArgumentException when the id is blank
   */
  public static BatchTarget workflow(String workflowId) {
    return new BatchTarget(workflowId, false);
  }

  /**
   * @param templateId the official template to run (run-task-by-template)
   * @return the target
   * @throws IllegalArgumentException when the id is blank
   */
  public static BatchTarget template(String templateId) {
    return new BatchTarget(templateId, true);
  }

  /** @return the workflow or template id */
  public String id() {
    return id;
  }

  /** @return true for an official template */
  public boolean isTemplate() {
    return template;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchTarget && ((BatchTarget) other).id.equals(id)
        && ((BatchTarget) other).template == template;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, template);
  }

  @Override
  public String toString() {
    return (template ? "template " : "workflow ") + id;
  }
}
