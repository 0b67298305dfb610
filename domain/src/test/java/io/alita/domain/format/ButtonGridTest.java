package io.alita.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonGridTest {

  private static final UrlButton A = new UrlButton("A", "https://a.com");
  private static final UrlButton B = new UrlButton("B", "https://b.com");
  private static final UrlButton C = new UrlButton("C", "https://c.com");

  @Test
  void emptyGridHasNoRows() {
    assertTrue(ButtonGrid.empty().isEmpty());
    assertEquals(List.of(), ButtonGrid.empty().buttons());
  }

  @Test
  void emptyRowsAreDropped() {
    assertEquals(List.of(List.of(A)), new ButtonGrid(List.of(List.of(), List.of(A), List.of())).rows());
  }

  @Test
  void rowsCannotBeChangedFromOutside() {
    List<UrlButton> row = new ArrayList<>(List.of(A));
    ButtonGrid grid = new ButtonGrid(List.of(row));
    row.add(B);

    assertEquals(List.of(List.of(A)), grid.rows());
    assertThrows(UnsupportedOperationException.class, () -> grid.rows().get(0).add(C));
  }

  @Test
  void withRowAddsANewLastRow() {
    assertEquals(List.of(List.of(A), List.of(B)), ButtonGrid.empty().withRow(A).withRow(B).rows());
  }

  @Test
  void withOnLastRowJoinsTheLastRow() {
    assertEquals(List.of(List.of(A), List.of(B, C)), ButtonGrid.empty().withRow(A).withRow(B).withOnLastRow(C).rows());
  }

  @Test
  void withOnLastRowOfAnEmptyGridStartsARow() {
    assertEquals(List.of(List.of(A)), ButtonGrid.empty().withOnLastRow(A).rows());
  }

  @Test
  void withTopRowPutsTheButtonAboveEverything() {
    assertEquals(List.of(List.of(C), List.of(A, B)), ButtonGrid.empty().withRow(A).withOnLastRow(B).withTopRow(C).rows());
  }

  @Test
  void followedByAppendsTheOtherRows() {
    ButtonGrid first = ButtonGrid.column(List.of(A));
    ButtonGrid second = ButtonGrid.column(List.of(B, C));

    assertEquals(List.of(List.of(A), List.of(B), List.of(C)), first.followedBy(second).rows());
    assertEquals(first, first.followedBy(ButtonGrid.empty()));
    assertEquals(second, ButtonGrid.empty().followedBy(second));
  }

  @Test
  void buttonsListsRowAfterRow() {
    assertEquals(List.of(A, B, C), new ButtonGrid(List.of(List.of(A, B), List.of(C))).buttons());
  }
}
