package com.browseract.client.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One input of a batch: the input parameters of one task, its position in the inputs (from 1), and a stable key
 * made of both, e.g. {@code 17:3fa9c2d1b0aa}. A rerun over the same inputs finds the same keys in the journal;
 * an input whose content changed at the same position gets another key, and the rerun refuses to mix them.
 */
public final class BatchInput {
  private final int position;
  private final Map<String, String> parameters;
  private final String key;
  private final int line;

  private BatchInput(int position, Map<String, String> parameters, int line) {
    this.position = position;
    this.parameters = parameters;
    this.line = line;
    this.key = position + ":" + contentHash(parameters);
  }

  /**
   * @param position where the input is in the batch, from 1
   * @param parameters input parameter name → value, in the order they are sent; at least one
   * @return the input
   * @throws IllegalArgumentException when the position is below 1, there are no parameters, or a name or value
   *     is null or a name blank
   */
  public static BatchInput of(int position, Map<String, String> parameters) {
    return of(position, parameters, position);
  }

  static BatchInput of(int position, Map<String, String> parameters, int line) {
    if (position < 1) {
      throw new IllegalArgumentException("position must be 1 or more, was " + position);
    }
    if (parameters == null || parameters.isEmpty()) {
      throw new IllegalArgumentException("input " + position + " has no input parameters");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    parameters.forEach((name, value) -> {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("input " + position + " has a blank parameter name");
      }
      if (value == null) {
        throw new IllegalArgumentException("input " + position + ": parameter '" + name + "' has no value");
      }
      copy.put(name, value);
    });
    return new BatchInput(position, Collections.unmodifiableMap(copy), line);
  }

  /** Hash of the content, independent of the parameters' order: 12 hex digits of SHA-256. */
  private static String contentHash(Map<String, String> parameters) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
    new TreeMap<>(parameters).forEach((name, value) -> {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(value.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    });
    StringBuilder hex = new StringBuilder();
    byte[] hash = digest.digest();
    for (int i = 0; i < 6; i++) {
      hex.append(String.format("%02x", hash[i]));
    }
    return hex.toString();
  }

  /** @return where the input is in the batch, from 1 */
  public int position() {
    return position;
  }

  /** @return the stable key: position and content hash */
  public String key() {
    return key;
  }

  /** @return input parameter name → value, unmodifiable */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** @return the line of the inputs file it came from (the position for inputs not read from a file) */
  public int line() {
    return line;
  }

  /** The position a key names. */
  static int positionOf(String key) {
    int colon = key.indexOf(':');
    try {
      return Integer.parseInt(colon < 0 ? key : key.substring(0, colon));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an input key: " + key, e);
    }
  }

  @Override
  public String toString() {
    return "BatchInput{" + key + ", " + parameters + "}";
  }
}
