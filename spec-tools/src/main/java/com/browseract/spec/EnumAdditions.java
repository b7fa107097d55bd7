package com.browseract.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enum values present in the current document but not at the same place in the base one. Strict
 * clients fail on a value they do not know; ours reads it as {@code UNKNOWN}, so the report treats
 * such additions on their own as absorbed, not breaking.
 */
final class EnumAdditions {
  /** Values added to the enum at {@code pointer} (a JSON pointer into the current document). */
  record Addition(String pointer, List<Object> values) {}

  private EnumAdditions() {}

  static List<Addition> between(SpecDocument base, SpecDocument current) {
    List<Addition> found = new ArrayList<>();
    walk(base.tree(), current.tree(), "", found);
    return found;
  }

  /** The current document with the added values taken out again, everything else unchanged. */
  static SpecDocument withoutAdditions(SpecDocument current, List<Addition> additions) {
    Map<String, Object> tree = current.copyOfTree();
    for (Addition addition : additions) {
      ((List<?>) at(tree, addition.pointer())).removeAll(addition.values());
    }
    return SpecDocument.of(tree);
  }

  private static void walk(Object base, Object current, String pointer, List<Addition> found) {
    if (base instanceof Map<?, ?> baseMap && current instanceof Map<?, ?> currentMap) {
      for (Map.Entry<?, ?> entry : currentMap.entrySet()) {
        Object key = entry.getKey();
        if (!baseMap.containsKey(key)) {
          continue;
        }
        String child = pointer + "/" + escape(String.valueOf(key));
        if ("enum".equals(key) && baseMap.get(key) instanceof List<?> before
            && entry.getValue() instanceof List<?> after) {
          List<Object> added = new ArrayList<>(after);
          added.removeAll(before);
          if (!added.isEmpty()) {
            found.add(new Addition(child, List.copyOf(added)));
          }
        } else {
          walk(baseMap.get(key), entry.getValue(), child, found);
        }
      }
    } else if (base instanceof List<?> baseList && current instanceof List<?> currentList) {
      for (int i = 0; i < Math.min(baseList.size(), currentList.size()); i++) {
        walk(baseList.get(i), currentList.get(i), pointer + "/" + i, found);
      }
    }
  }

  private static Object at(Object tree, String pointer) {
    Object node = tree;
    for (String token : pointer.substring(1).split("/")) {
      String key = token.replace("~1", "/").replace("~0", "~");
      node = node instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<?, ?>) node).get(key);
    }
    return node;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
