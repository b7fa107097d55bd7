package com.browseract.client;

import com.browseract.client.internal.schema.InputSchemaCheck;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code input_schema} of each bot and bot template a client starts, read once, compiled once, and kept for
 * the client's life; a run's input is checked against it before the start is sent. A bot without a schema, or with
 * one the check cannot use (logged), is not checked here: BrowserAct checks every input anyway, this only spares a
 * run that would be refused and says which field is wrong.
 */
final class InputSchemas {
  private static final Logger LOG = LoggerFactory.getLogger("com.browseract.client");

  private final ConcurrentMap<String, Optional<InputSchemaCheck>> compiled = new ConcurrentHashMap<>();

  /**
   * @param target what is started, such as {@code bot 123}; also the cache key
   * @param input the run's input
   * @param schema reads the target's schema (null when it has none); called only the first time
   * @throws IllegalArgumentException when the input does not match, naming the field
   */
  void check(String target, Map<String, Object> input, Supplier<Map<String, Object>> schema) {
    Optional<InputSchemaCheck> check = compiled.get(target);
    if (check == null) {
      check = remember(target, schema.get());
    }
    apply(target, check, input);
  }

  /** Asynchronous form of {@link #check}: the schema is read without holding a thread; a mismatch fails the future. */
  CompletableFuture<Void> checkAsync(String target, Map<String, Object> input,
      Supplier<CompletableFuture<Map<String, Object>>> schema) {
    Optional<InputSchemaCheck> known = compiled.get(target);
    CompletableFuture<Optional<InputSchemaCheck>> check = known != null ? CompletableFuture.completedFuture(known)
        : schema.get().thenApply(read -> remember(target, read));
    return check.thenAccept(ready -> apply(target, ready, input));
  }

  private Optional<InputSchemaCheck> remember(String target, Map<String, Object> schema) {
    Optional<InputSchemaCheck> check;
    try {
      check = schema == null ? Optional.empty() : Optional.of(InputSchemaCheck.compile(schema));
    } catch (IllegalArgumentException unusable) {
      LOG.warn("The input_schema of {} cannot be used to check inputs; they are sent unchecked: {}", target,
          unusable.getMessage());
      check = Optional.empty();
    }
    Optional<InputSchemaCheck> raced = compiled.putIfAbsent(target, check);
    return raced != null ? raced : check;
  }

  private static void apply(String target, Optional<InputSchemaCheck> check, Map<String, Object> input) {
    if (check.isEmpty()) {
      return;
    }
    try {
      check.get().check(input);
    } catch (IllegalArgumentException mismatch) {
      throw new IllegalArgumentException("input does not match the input_schema of " + target + ": "
          + mismatch.getMessage(), mismatch);
    }
  }
}
