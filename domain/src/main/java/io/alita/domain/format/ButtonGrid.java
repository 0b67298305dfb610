package io.alita.domain.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The URL buttons under a message, row by row. Immutable; never holds an empty row.
 */
public record ButtonGrid(List<List<UrlButton>> rows) {

  private static final ButtonGrid EMPTY = new ButtonGrid(List.of());

  public ButtonGrid {
    Objects.requireNonNull(rows, "rows");
    List<List<UrlButton>> copy = new ArrayList<>(rows.size());
    for (List<UrlButton> row : rows) {
      Objects.requireNonNull(row, "row");
      if (!row.isEmpty()) {
        copy.add(List.copyOf(row));
      }
    }
    rows = List.copyOf(copy);
  }

  public static ButtonGrid empty() {
    return EMPTY;
  }

  /** One button per row, in order. */
  public static ButtonGrid column(List<UrlButton> buttons) {
    return new ButtonGrid(buttons.stream().map(List::of).toList());
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Every button, row after row. */
  public List<UrlButton> buttons() {
    return rows.stream().flatMap(List::stream).toList();
  }

  /** This grid with {@code button} on a new last row. */
  public ButtonGrid withRow(UrlButton button) {
    List<List<UrlButton>> copy = new ArrayList<>(rows);
    copy.add(List.of(button));
    return new ButtonGrid(copy);
  }

  /** This grid with {@code button} at the end of the last row (a new row when the grid is empty). */
  public ButtonGrid withOnLastRow(UrlButton button) {
    if (rows.isEmpty()) {
      return withRow(button);
    }
    List<List<UrlButton>> copy = new ArrayList<>(rows);
    List<UrlButton> last = new ArrayList<>(copy.remove(copy.size() - 1));
    last.add(button);
    copy.add(last);
    return new ButtonGrid(copy);
  }

  /** This grid with {@code button} alone on a new first row. */
  public ButtonGrid withTopRow(UrlButton button) {
    List<List<UrlButton>> copy = new ArrayList<>(rows.size() + 1);
    copy.add(List.of(button));
    copy.addAll(rows);
    return new ButtonGrid(copy);
  }

  /** This grid's rows followed by {@code other}'s rows. */
  public ButtonGrid followedBy(ButtonGrid other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    List<List<UrlButton>> copy = new ArrayList<>(rows);
    copy.addAll(other.rows);
    return new ButtonGrid(copy);
  }
}
