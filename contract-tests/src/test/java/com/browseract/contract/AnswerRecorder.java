package com.browseract.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * An interceptor that saves every answer in a folder, named as {@link RecordedAnswer} reads them
 * ({@code <operationId>.<status>.live-<n>.json}), the operation found in the given spec. Does nothing without a
 * folder. Used by {@code make contract-live} with {@code RECORD=dir}.
 */
final class AnswerRecorder implements Interceptor {
  private final SpecDocument spec;
  private final Path folder;
  private final AtomicInteger recorded = new AtomicInteger();

  /** @param folder where to save the answers, or null to save nothing */
  AnswerRecorder(SpecDocument spec, Path folder) {
    this.spec = spec;
    this.folder = folder;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (folder != null) {
      String operation = spec.operationOf(chain.request().method(), chain.request().url().encodedPath());
      String name = RecordedAnswer.fileName(operation, response.code(), "live-" + recorded.incrementAndGet());
      try {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), response.peekBody(Long.MAX_VALUE).string(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("could not save the answer to " + folder, e);
      }
    }
    return response;
  }

  /** The names of the files in {@code folder}, sorted. */
  static List<String> savedNames(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
