/**
 * Build-time tools for the OpenAPI documents ({@code make spec-diff}, {@code make update-spec}): compare two versions
 * of a spec and classify each change as breaking or not. Not shipped with the SDK.
 */
package com.browseract.spec;
