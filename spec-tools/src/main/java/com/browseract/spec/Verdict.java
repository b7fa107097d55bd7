package com.browseract.spec;

/** How a spec change affects code written against the SDK, from harmless to breaking. */
enum Verdict {
  NO_CHANGES(Bump.NONE, "no change to the contract"),
  DOCUMENTATION(Bump.PATCH, "documentation only"),
  COMPATIBLE(Bump.MINOR, "compatible: additions only"),
  ABSORBED(Bump.MINOR,
      "not breaking for browseract-java: enum values were added to answers; strict clients fail on them,"
          + " our models read them as UNKNOWN"),
  BREAKING(Bump.MAJOR, "BREAKING");

  private final Bump bump;
  private final String summary;

  Verdict(Bump bump, String summary) {
    this.bump = bump;
    this.summary = summary;
  }

  Bump bump() {
    return bump;
  }

  String summary() {
    return summary;
  }

  boolean breaking() {
    return this == BREAKING;
  }
}
