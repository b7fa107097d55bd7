/**
 * Every failure the SDK reports: one unchecked tree rooted at {@link com.browseract.client.errors.BrowserActException}.
 *
 * <p>Answers from the API become an {@link com.browseract.client.errors.ApiException} subclass chosen by HTTP status
 * and business code ({@link com.browseract.client.errors.BusinessCode}); each carries status, code, message and
 * traceId ({@link com.browseract.client.errors.ErrorDetails}) and an {@link com.browseract.client.errors.ErrorKind}
 * saying whether it may heal. No answer at all is a {@link com.browseract.client.errors.ConnectionException}; a wait's
 * own endings are {@link com.browseract.client.errors.TaskFailedException},
 * {@link com.browseract.client.errors.TaskCanceledException} and
 * {@link com.browseract.client.errors.WaitTimeoutException}. All of this package is API.
 */
package com.browseract.client.errors;
