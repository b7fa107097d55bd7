package com.browseract.client.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Whether a listed task's {@code input_parameters} (text such as {@code keyword=laptops; max_items=50}) are an
 * input's: both are cut at semicolons, trimmed, and compared as sorted lists, so order and spacing do not matter.
 */
final class InputMatch {
  private InputMatch() {
  }

  static boolean matches(String listed, BatchInput input) {
    if (listed == null) {
      return false;
    }
    StringBuilder ours = new StringBuilder();
    for (Map.Entry<String, String> parameter : input.parameters().entrySet()) {
      ours.append(parameter.getKey()).append('=').append(parameter.getValue()).append(';');
    }
    return pieces(listed).equals(pieces(ours.toString()));
  }

  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    for (String piece : text.split(";")) {
      String trimmed = piece.trim();
      if (!trimmed.isEmpty()) {
        pieces.add(trimmed);
      }
    }
    Collections.sort(pieces);
    return pieces;
  }
}
