/**
 * Not API: the check of a v3 run's input against its bot's {@code input_schema} (JSON Schema), on Moshi's JSON
 * values. Only {@link com.browseract.client.internal.schema.InputSchemaCheck} is public, for the SDK's own use.
 */
package com.browseract.client.internal.schema;
