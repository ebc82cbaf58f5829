package io.hotdsl.diff;

/** What a stack update does to one resource (or what one property change makes it do). */
public enum Action {
  /** The resource is new: created. */
  ADDED("+", "ADD"),
  /** The resource is gone: deleted. */
  REMOVED("-", "REMOVE"),
  /** Updated in place ({@code handle_update}), keeping its physical ID. */
  UPDATED_IN_PLACE("~", "UPDATE"),
  /** Heat raises {@code UpdateReplace}: a new resource is created and the old one deleted. */
  REPLACED("~", "REPLACE"),
  /** Heat refuses the update (an {@code immutable} property or {@code external_id} changed). */
  UPDATE_FAILS("!", "FAIL"),
  /** Nothing to do. */
  UNCHANGED("=", "UNCHANGED");

  private final String marker;
  private final String word;

  Action(String marker, String word) {
    this.marker = marker;
    this.word = word;
  }

  /** The first column of {@link StackDiff#toText()}. */
  public String marker() {
    return marker;
  }

  /** The verdict word of {@link StackDiff#toText()}. */
  public String word() {
    return word;
  }

  /** How serious: the worst change decides a resource's action. */
  int severity() {
    return switch (this) {
      case UNCHANGED -> 0;
      case UPDATED_IN_PLACE -> 1;
      case REPLACED -> 2;
      case UPDATE_FAILS -> 3;
      case ADDED, REMOVED -> 4;
    };
  }

  static Action worst(Action a, Action b) {
    return a.severity() >= b.severity() ? a : b;
  }
}
