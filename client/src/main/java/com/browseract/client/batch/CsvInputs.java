package com.browseract.client.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CSV inputs (RFC 4180): a header of parameter names, then a row per input; quoted fields may span lines. */
final class CsvInputs implements BatchInputs.Parser {
  private List<String> header;
  private int line;
  private int position;

  @Override
  public BatchInput next(BufferedReader reader) throws IOException {
    while (true) {
      int firstLine = line + 1;
      List<String> row = readRow(reader);
      if (row == null) {
        if (header == null) {
          throw new BatchInputException(1, "the CSV file is empty: a header row of input parameter names is needed");
        }
        return null;
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        continue;
      }
      if (header == null) {
        if (!row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
          row.set(0, row.get(0).substring(1)); // a byte order mark, as spreadsheet programs write
        }
        header = checkedHeader(row, firstLine);
        continue;
      }
      if (row.size() != header.size()) {
        throw new BatchInputException(firstLine, "has " + row.size() + " fields, the header has " + header.size());
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        parameters.put(header.get(i), row.get(i));
      }
      return BatchInput.of(++position, parameters, firstLine);
    }
  }

  private static List<String> checkedHeader(List<String> row, int line) {
    Set<String> seen = new HashSet<>();
    for (String name : row) {
      if (name.isBlank()) {
        throw new BatchInputException(line, "the header has a blank column name");
      }
      if (!seen.add(name)) {
        throw new BatchInputException(line, "the header names '" + name + "' twice");
      }
    }
    return row;
  }

  /** One record, or null at the end of the file. */
  private List<String> readRow(BufferedReader reader) throws IOException {
    String text = reader.readLine();
    if (text == null) {
      return null;
    }
    line++;
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int i = 0;
    while (true) {
      if (i == text.length()) {
        if (!quoted) {
          break;
        }
        String more = reader.readLine();
        if (more == null) {
          throw new BatchInputException(startLine, "a quoted field is not closed");
        }
        line++;
        field.append('\n');
        text = more;
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (quoted) {
        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == '"' || wasQuoted) {
        throw new BatchInputException(line, "a quote in the middle of a field (quote the whole field, and "
            + "double the quotes inside it)");
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
