package com.browseract.client.batch;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okio.Buffer;

/**
 * JSON Lines inputs: one object of input parameter name → value per line. A number is sent as written (a
 * 17-digit id keeps every digit), a boolean as {@code true}/{@code false}, an array or object as its compact JSON.
 */
final class JsonLineInputs implements BatchInputs.Parser {
  private static final JsonAdapter<Object> ANY = new Moshi.Builder().build().adapter(Object.class);
  private int line;
  private int position;

  @Override
  public BatchInput next(BufferedReader reader) throws IOException {
    String text;
    while ((text = reader.readLine()) != null) {
      line++;
      if (!text.isBlank()) {
        return BatchInput.of(++position, parameters(text), line);
      }
    }
    return null;
  }

  private Map<String, String> parameters(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    try (JsonReader json = JsonReader.of(new Buffer().writeUtf8(text))) {
      if (json.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new BatchInputException(line, "is not a JSON object of input parameter name → value");
      }
      json.beginObject();
      while (json.hasNext()) {
        String name = json.nextName();
        if (name.isBlank()) {
          throw new BatchInputException(line, "has a blank parameter name");
        }
        parameters.put(name, value(json, name));
      }
      json.endObject();
      if (json.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new BatchInputException(line, "has more than one JSON value");
      }
    } catch (JsonDataException | IOException e) {
      throw new BatchInputException(line, "not JSON: " + e.getMessage());
    }
    if (parameters.isEmpty()) {
      throw new BatchInputException(line, "has no input parameters");
    }
    return parameters;
  }

  private String value(JsonReader json, String name) throws IOException {
    switch (json.peek()) {
      case STRING:
      case NUMBER:
        return json.nextString();
      case BOOLEAN:
        return Boolean.toString(json.nextBoolean());
      case NULL:
        throw new BatchInputException(line, "parameter '" + name + "' is null");
      default:
        return ANY.toJson(json.readJsonValue());
    }
  }
}
