package io.alita.domain.update;

/** Telegram's sequential id of an update; what makes a repeated delivery recognisable. */
public record UpdateId(long value) implements Comparable<UpdateId> {

  @Override
  public int compareTo(UpdateId o) {
    return Long.compare(value, o.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
