package com.browseract.client.batch;

import java.util.Objects;

/**
 * What a batch runs for each input: one of the account's workflows or BrowserAct's official templates (v2), or one
 * of the account's bots or BrowserAct's bot templates (v3).
 */
public final class BatchTarget {
  /** The four kinds, each with the name its id has in the journal's first record. */
  enum Kind {
    WORKFLOW("workflow", "workflowId"),
    TEMPLATE("template", "templateId"),
    BOT("bot", "botId"),
    BOT_TEMPLATE("bot template", "botTemplateId");

    final String label;
    final String journalField;

    Kind(String label, String journalField) {
      this.label = label;
      this.journalField = journalField;
    }
  }

  private final String id;
  private final Kind kind;

  private BatchTarget(String id, Kind kind) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(kind.label + " id must not be blank");
    }
    this.id = id;
    this.kind = kind;
  }

  /**
   * @param workflowId the workflow to run
   * @return the target
   * @throws IllegalArgumentException when the id is blank
   */
  public static BatchTarget workflow(String workflowId) {
    return new BatchTarget(workflowId, Kind.WORKFLOW);
  }

  /**
   * @param templateId the official template to run (run-task-by-template)
   * @return the target
   * @throws IllegalArgumentException when the id is blank
   */
  public static BatchTarget template(String templateId) {
    return new BatchTarget(templateId, Kind.TEMPLATE);
  }

  /**
   * @param botId the v3 bot to run ({@code POST /v3/bots/{bot_id}/runs})
   * @return the target
   * @throws IllegalArgumentException when the id is blank
   */
  public static BatchTarget bot(String botId) {
    return new BatchTarget(botId, Kind.BOT);
  }

  /**
   * @param templateId the v3 bot template to run ({@code POST /v3/bots/templates/{template_id}/runs})
   * @return the target
   * @throws IllegalArgumentException when the id is blank
   */
  public static BatchTarget botTemplate(String templateId) {
    return new BatchTarget(templateId, Kind.BOT_TEMPLATE);
  }

  /** The target a journal's first record names; one that names none fails as a blank workflow id. */
  static BatchTarget fromJournal(java.util.Map<String, Object> fields) {
    for (Kind kind : Kind.values()) {
      Object id = fields.get(kind.journalField);
      if (id instanceof String) {
        return new BatchTarget((String) id, kind);
      }
    }
    return workflow(null);
  }

  Kind kind() {
    return kind;
  }

  /** @return the workflow, template or bot id */
  public String id() {
    return id;
  }

  /** @return true for an official template, v2's or v3's */
  public boolean isTemplate() {
    return kind == Kind.TEMPLATE || kind == Kind.BOT_TEMPLATE;
  }

  /** @return true for a v3 target (a bot or a bot template) */
  public boolean isBot() {
    return kind == Kind.BOT || kind == Kind.BOT_TEMPLATE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchTarget && ((BatchTarget) other).id.equals(id) && ((BatchTarget) other).kind == kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind);
  }

  @Override
  public String toString() {
    return kind.label + " " + id;
  }
}
