/**
 * Not API: classes public only so that the SDK's other packages can share them. They may change or go in any
 * release; do not use them.
 */
package com.browseract.client.internal;
