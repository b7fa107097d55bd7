/**
 * Batch runs: one workflow (or official template) over many inputs, as many tasks at once as the plan allows,
 * recorded in a journal so that a rerun after a crash resumes without ever starting a task twice for one input.
 * Start with {@link com.browseract.client.BrowserAct#batches()}.
 */
package com.browseract.client.batch;
