package com.browseract.client.batch;

/** An input of a batch that cannot be used, with the line of the inputs file it is on. */
public final class BatchInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int line;

  BatchInputException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  /** @return the line of the inputs file (from 1), or the input's position for inputs not read from a file */
  public int line() {
    return line;
  }
}
