package com.browseract.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** An OpenAPI document (YAML or JSON) held as a tree of maps and lists. Never modified in place. */
final class SpecDocument {
  private final Map<String, Object> root;

  private SpecDocument(Map<String, Object> root) {
    this.root = root;
  }

  static SpecDocument read(Path file) throws IOException {
    return parse(Files.readString(file));
  }

  @SuppressWarnings("unchecked")
  static SpecDocument parse(String text) {
    Object tree = yaml().load(text);
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("not an OpenAPI document: the top level is not a mapping");
    }
    return new SpecDocument((Map<String, Object>) tree);
  }

  /** The tree itself, for callers that only read it. */
  Map<String, Object> tree() {
    return java.util.Collections.unmodifiableMap(root);
  }

  /** A deep copy of the tree, for callers that edit it. */
  Map<String, Object> copyOfTree() {
    return parse(toYaml()).root;
  }

  static SpecDocument of(Map<String, Object> tree) {
    return new SpecDocument(tree);
  }

  String toYaml() {
    return yaml().dump(root);
  }

  /**
   * The text openapi-diff compares. openapi-diff 2.1.7 misses property type changes in documents
   * labelled 3.1, and our documents use no keyword that 3.0 lacks, so they are compared as 3.0.3.
   */
  String asOpenApi30() {
    Map<String, Object> tree = copyOfTree();
    tree.put("openapi", "3.0.3");
    tree.remove("jsonSchemaDialect");
    return of(tree).toYaml();
  }

  private static Yaml yaml() {
    DumperOptions dump = new DumperOptions();
    dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    LoaderOptions load = new LoaderOptions();
    load.setCodePointLimit(64 * 1024 * 1024);
    return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load, new StringTimestamps());
  }

  /** Reads timestamps as the strings they are in JSON, as OpenAPI tools do. */
  private static final class StringTimestamps extends Resolver {
    @Override
    public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp,
        String first, int limit) {
      if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
        super.addImplicitResolver(tag, regexp, first, limit);
      }
    }
  }
}
