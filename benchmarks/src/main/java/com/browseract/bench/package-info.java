/**
 * The benchmarks behind {@code make bench} and {@code benchmarks/RESULTS.md}: {@code BenchMain} runs the sections
 * (waits at scale, callbacks, batches, start-up, JMH figures) against local fake servers. Not shipped with the SDK.
 */
package com.browseract.bench;
