package com.browseract.client.batch;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON Lines inputs: one object of input parameter name → value per line. */
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
    Object value;
    try {
      value = ANY.lenient().fromJson(text);
    } catch (JsonDataException | IOException e) {
      throw new BatchInputException(line, "not JSON: " + e.getMessage());
    }
    if (!(value instanceof Map)) {
      throw new BatchInputException(line, "is not a JSON object of input parameter name → value");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (name.isBlank()) {
        throw new BatchInputException(line, "has a blank parameter name");
      }
      if (entry.getValue() == null) {
        throw new BatchInputException(line, "parameter '" + name + "' is null");
      }
      parameters.put(name, text(entry.getValue()));
    }
    if (parameters.isEmpty()) {
      throw new BatchInputException(line, "has no input parameters");
    }
    return parameters;
  }

  /** Text as sent to BrowserAct: strings as they are, 5 and not 5.0 for whole numbers, JSON for the rest. */
  private static String text(Object value) {
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Double) {
      return BigDecimal.valueOf((Double) value).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return ANY.toJson(value);
  }
}
