/**
 * The BrowserAct SDK: one client, {@link com.browseract.client.BrowserAct}, and the views it hands out.
 *
 * <h2>The API (public)</h2>
 * <ul>
 *   <li><b>Client and settings:</b> {@link com.browseract.client.BrowserAct} (built from
 *       {@link com.browseract.client.ClientConfig}), {@link com.browseract.client.RequestOptions} for one call or a
 *       view, {@link com.browseract.client.ResponseListener} and {@link com.browseract.client.RawResponse} to see
 *       raw answers, {@link com.browseract.client.ProxySettings}, {@link com.browseract.client.LogLevel}.</li>
 *   <li><b>Observability:</b> {@link com.browseract.client.ClientListener} hears every call
 *       ({@link com.browseract.client.CallListener}, {@link com.browseract.client.CallAttempt}), wait
 *       ({@link com.browseract.client.WaitSummary}) and batch; the optional {@code browseract-client-opentelemetry}
 *       turns them into spans and metrics.</li>
 *   <li><b>Bots and runs (v3):</b> {@link com.browseract.client.Bots}, {@link com.browseract.client.Runs},
 *       {@link com.browseract.client.BotTemplates}; {@link com.browseract.client.RunOptions},
 *       {@link com.browseract.client.RunOutputs}; list filters {@link com.browseract.client.BotListParams},
 *       {@link com.browseract.client.RunListParams} (bot templates take v2's
 *       {@link com.browseract.client.TemplateListParams}).</li>
 *   <li><b>Workflows and tasks (v2):</b> {@link com.browseract.client.Workflows}, {@link com.browseract.client.Tasks},
 *       {@link com.browseract.client.Templates}, {@link com.browseract.client.Regions},
 *       {@link com.browseract.client.TaskFiles} ({@link com.browseract.client.DownloadOptions},
 *       {@link com.browseract.client.DownloadedFile}), {@link com.browseract.client.TaskOutputs},
 *       {@link com.browseract.client.StopOutcome}; list filters {@link com.browseract.client.TaskListParams},
 *       {@link com.browseract.client.WorkflowListParams}, {@link com.browseract.client.TemplateListParams}.</li>
 *   <li><b>Waiting:</b> {@link com.browseract.client.WaitOptions}, {@link com.browseract.client.PollSchedule} (when
 *       to poll) and {@link com.browseract.client.TaskListener}.</li>
 *   <li><b>Webhooks:</b> {@link com.browseract.client.Webhooks} (the router every client has),
 *       {@link com.browseract.client.WebhookReceiver} (a small HTTP server for it),
 *       {@link com.browseract.client.WebhookOutcome}.</li>
 *   <li><b>Paging and JSON:</b> {@link com.browseract.client.Page}, {@link com.browseract.client.PagedIterable},
 *       {@link com.browseract.client.PagedParams}, {@link com.browseract.client.ModelJson}.</li>
 * </ul>
 * Beside this package: {@code com.browseract.client.errors} (every failure, one unchecked tree),
 * {@code com.browseract.client.batch} (many runs from a file, resumable), {@code com.browseract.client.model} (the
 * generated request and response models).
 *
 * <h2>Plumbing (package-private, may change in any release)</h2>
 * <ul>
 *   <li><b>HTTP:</b> {@code HttpWiring} builds the OkHttp/Retrofit stack from the settings; {@code Transport} runs
 *       each call ({@code ApiCall}, {@code Operation}) through {@code AuthInterceptor},
 *       {@code RequestOptionsInterceptor}, {@code SendTracker}, {@code SuccessEnvelopeCheck},
 *       {@code ParseGuardConverterFactory}, {@code HttpLog} (request logs), {@code ProxyWiring}; listeners fanned out
 *       by {@code Listeners}; retries in {@code RetryPolicy}, {@code RetryAfter},
 *       {@code RetryAfterGuard}; failures become exceptions in {@code ErrorMapper} ({@code ErrorEnvelope}).</li>
 *   <li><b>Waiting:</b> {@code TaskWaiter} is the loop, {@code WaitProgress} one wait's state,
 *       {@code WaitReport} what a wait tells the listeners at its end, {@code WaitDialect}/{@code TaskPoller} what differs between v2 tasks and v3 runs, {@code PollQueue} and
 *       {@code AsyncScheduler} the shared machinery of asynchronous waits.</li>
 *   <li><b>Webhooks:</b> {@code CallbackServer}, {@code RequestReader}, {@code CallbackHints}.</li>
 *   <li><b>v3 runs:</b> {@code RunInputs} turns an input into JSON, {@code InputSchemas} checks it against the
 *       bot's {@code input_schema} before the start is sent.</li>
 *   <li><b>Helpers:</b> {@code Json}, {@code QueryParams}, {@code Validation},
 *       {@code FileNames}, {@code Futures}, {@code Sleeper}.</li>
 * </ul>
 */
package com.browseract.client;
