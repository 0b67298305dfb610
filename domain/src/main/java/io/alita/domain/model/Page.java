package io.alita.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a longer list, for the console's paged tables.
 *
 * @param items the page's items, in the list's order
 * @param number which page this is, from 1
 * @param size the most items a page holds
 * @param total how many items the whole list holds
 */
public record Page<T>(List<T> items, int number, int size, long total) {

  /** The most items one page may hold. */
  public static final int MAX_SIZE = 200;

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    check(number, size);
    if (total < 0) {
      throw new IllegalArgumentException("a total is never negative: " + total);
    }
  }

  /**
   * Checks a page request: {@code number} from 1, {@code size} from 1 to {@value #MAX_SIZE}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static void check(int number, int size) {
    if (number < 1) {
      throw new IllegalArgumentException("pages are numbered from 1, not " + number);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_SIZE + " items, not " + size);
    }
  }

  /** How many items come before page {@code number} of {@code size}: the SQL {@code OFFSET}. */
  public static long offset(int number, int size) {
    check(number, size);
    return (long) (number - 1) * size;
  }

  /** How many pages the whole list fills; at least 1, so an empty list still shows one (empty) page. */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < pages();
  }
}
