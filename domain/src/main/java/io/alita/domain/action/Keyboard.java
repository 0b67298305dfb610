package io.alita.domain.action;

import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.UrlButton;
import java.util.ArrayList;
import java.util.List;

/** An inline keyboard: rows of buttons, top to bottom. */
public record Keyboard(List<List<Button>> rows) {

  public static final Keyboard NONE = new Keyboard(List.of());

  public Keyboard {
    rows = rows.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
  }

  /** One row of buttons. */
  public static Keyboard row(Button... buttons) {
    return new Keyboard(List.of(List.of(buttons)));
  }

  /** The URL buttons an admin wrote into a stored text. */
  public static Keyboard of(ButtonGrid grid) {
    List<List<Button>> rows = new ArrayList<>();
    for (List<UrlButton> row : grid.rows()) {
      rows.add(row.stream().<Button>map(b -> new Button.Url(b.text(), b.url())).toList());
    }
    return new Keyboard(rows);
  }

  /** This keyboard with {@code buttons} as a new bottom row. */
  public Keyboard plusRow(Button... buttons) {
    List<List<Button>> more = new ArrayList<>(rows);
    more.add(List.of(buttons));
    return new Keyboard(more);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
