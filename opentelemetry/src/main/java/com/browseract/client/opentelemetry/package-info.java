/**
 * OpenTelemetry for the SDK, an optional artifact ({@code browseract-client-opentelemetry}): start with
 * {@link com.browseract.client.opentelemetry.BrowserActTelemetry}, which adds a listener to a client's builder so
 * that every call, wait and batch becomes a span and metrics. Depends on {@code opentelemetry-api} only.
 */
package com.browseract.client.opentelemetry;
