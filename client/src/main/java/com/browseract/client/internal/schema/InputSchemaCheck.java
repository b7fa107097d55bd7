package com.browseract.client.internal.schema;

import dev.harrel.jsonschema.Error;
import dev.harrel.jsonschema.InvalidSchemaException;
import dev.harrel.jsonschema.JsonSchemaException;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bot's {@code input_schema} (JSON Schema, draft 2020-12 unless it names another with {@code $schema}), compiled
 * once and used to check every run's input before it is sent. Internal to the SDK: public only so that its other
 * packages can use it; not part of the API.
 *
 * <p>Both the schema and the inputs are JSON values as Moshi reads or writes them ({@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean}, {@code null}). {@code format} is an annotation, as the draft says:
 * not checked. References stay inside the schema: nothing is fetched. An instance is immutable and thread-safe.
 */
public final class InputSchemaCheck {
  /**
   * Schemas share a validator, so that the meta-schemas are read once, not per schema (measured: 1.8 MB allocated
   * per compile with a validator each, 117 KB shared). The library never forgets a schema and copies its registry on each new
   * one, so a validator takes this many, then a new one starts; compiled checks keep theirs.
   */
  static final int SCHEMAS_PER_VALIDATOR = 64;
  private static final ValidatorFactory FACTORY =
      new ValidatorFactory().withJsonNodeFactory(new MoshiJsonNodeFactory());
  private static Validator shared;
  private static int registered;

  private final Object schema;
  private final Validator validator;
  private final URI root;

  private InputSchemaCheck(Object schema, Validator validator, URI root) {
    this.schema = schema;
    this.validator = validator;
    this.root = root;
  }

  /**
   * Compiles a schema.
   *
   * @param schemaAsMoshiJsonValue the schema as a Moshi JSON value: an object ({@code Map}) or a boolean
   * @return the check, to keep and reuse
   * @throws IllegalArgumentException if the schema is not one this check can use (not a schema, invalid against
   *     its meta-schema, an unknown {@code $schema}, or a reference outside the schema), saying why
   */
  public static InputSchemaCheck compile(Object schemaAsMoshiJsonValue) {
    if (!(schemaAsMoshiJsonValue instanceof Map) && !(schemaAsMoshiJsonValue instanceof Boolean)) {
      throw new IllegalArgumentException("input_schema is not usable: expected a JSON object or boolean, got "
          + (schemaAsMoshiJsonValue == null ? "null" : Violations.show(schemaAsMoshiJsonValue)));
    }
    try {
      Object schema = JsonPointers.frozenCopy(schemaAsMoshiJsonValue);
      SchemaReferences.requireLocal(schema);
      return register(schema);
    } catch (InvalidSchemaException invalid) {
      List<String> problems = new ArrayList<>();
      for (Error error : invalid.getErrors()) {
        String at = error.getInstanceLocation() == null || error.getInstanceLocation().isEmpty()
            ? "" : " at " + error.getInstanceLocation();
        problems.add(error.getError() + at);
      }
      throw new IllegalArgumentException("input_schema is not usable: it breaks its meta-schema: "
          + String.join("; ", problems.subList(0, Math.min(problems.size(), Violations.SHOWN))), invalid);
    } catch (JsonSchemaException | IllegalArgumentException unusable) {
      String reason = unusable.getMessage() == null ? unusable.toString() : unusable.getMessage();
      throw new IllegalArgumentException(reason.startsWith("input_schema is not usable")
          ? reason : "input_schema is not usable: " + reason, unusable);
    }
  }

  private static synchronized InputSchemaCheck register(Object schema) {
    if (SchemaReferences.declaresIds(schema)) {
      Validator own = FACTORY.createValidator(); // two bots may use one $id for different schemas
      return new InputSchemaCheck(schema, own, own.registerSchema(URI.create("urn:browseract:input-schema"), schema));
    }
    if (shared == null || registered == SCHEMAS_PER_VALIDATOR) {
      shared = FACTORY.createValidator();
      registered = 0;
    }
    registered++;
    URI root = shared.registerSchema(URI.create("urn:browseract:input-schema:" + registered), schema);
    return new InputSchemaCheck(schema, shared, root);
  }

  /**
   * Checks one input.
   *
   * @param inputAsMoshiJsonValue the run's input as a Moshi JSON value
   * @throws IllegalArgumentException if the input does not match: one message naming every offending field as a
   *     path ({@code input.items[2].price}) with what was expected (the first 10, then how many more)
   */
  public void check(Object inputAsMoshiJsonValue) {
    Validator.Result result;
    try {
      result = validator.validate(root, MoshiJsonNode.root(inputAsMoshiJsonValue));
    } catch (JsonSchemaException failed) {
      throw new IllegalStateException("input_schema could not be applied: " + failed.getMessage(), failed);
    }
    if (result.isValid()) {
      return;
    }
    List<String> problems = new Violations(schema, root, inputAsMoshiJsonValue).describe(result.getErrors());
    if (problems.isEmpty()) {
      problems = List.of(Violations.ROOT + ": does not match the input_schema");
    }
    throw new IllegalArgumentException(Violations.summary(problems));
  }
}
