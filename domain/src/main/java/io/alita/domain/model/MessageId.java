package io.alita.domain.model;

/** A message id, unique only within its chat. */
public record MessageId(int value) {

  public static MessageId of(int value) {
    return new MessageId(value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
