/**
 * The {@code browseract} command (picocli): {@link com.browseract.cli.Main} is the entry point and {@code Cli} the
 * root command; one class per command, shared options in mixins, exit codes in {@code ExitCodes} and
 * {@code ErrorHandler}. Not a library: only {@code Main} is meant to be called from outside.
 */
package com.browseract.cli;
