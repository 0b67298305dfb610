package io.alita.postgres.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.UrlButton;
import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonsJsonTest {

  private static final UrlButton A = new UrlButton("Site \"A\"", "https://a.example/x?q=1");
  private static final UrlButton B = new UrlButton("B\\n", "https://b.example");
  private static final UrlButton C = new UrlButton("C", "tg://resolve?domain=c");

  @Test
  void rowsSurviveTheOriginalsFlatFormat() {
    ButtonGrid grid = new ButtonGrid(List.of(List.of(A, B), List.of(C)));
    String json = ButtonsJson.write(grid);
    assertEquals(json, "[{\"name\":\"Site \\\"A\\\"\",\"url\":\"https://a.example/x?q=1\",\"btn_sameline\":false},"
        + "{\"name\":\"B\\\\n\",\"url\":\"https://b.example\",\"btn_sameline\":true},"
        + "{\"name\":\"C\",\"url\":\"tg://resolve?domain=c\",\"btn_sameline\":false}]");
    assertEquals(grid, ButtonsJson.read(json));
  }

  @Test
  void noButtonsIsNull() {
    assertNull(ButtonsJson.write(ButtonGrid.empty()));
    assertEquals(ButtonGrid.empty(), ButtonsJson.read(null));
    assertEquals(ButtonGrid.empty(), ButtonsJson.read("[]"));
    assertEquals(ButtonGrid.empty(), ButtonsJson.read("null"));
  }

  @Test
  void readsWhatTheOriginalWroteAndDropsUnsafeLinks() {
    String original = "[ {\"name\": \"Join\", \"url\": \"https://t.me/x\"}, {\"name\":\"Evil\",\"url\":\"javascript:alert(1)\","
        + "\"btn_sameline\":true}, {\"name\":\"\\u00e9t\\u00e9\",\"url\":\"https://e.example\",\"btn_sameline\":true,\"x\":[1,2]} ]";
    assertEquals(new ButtonGrid(List.of(List.of(
        new UrlButton("Join", "https://t.me/x"), new UrlButton("été", "https://e.example")))), ButtonsJson.read(original));
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThrows(IllegalArgumentException.class, () -> ButtonsJson.read("[{\"name\":"));
    assertThrows(IllegalArgumentException.class, () -> ButtonsJson.read("[] x"));
    assertThrows(IllegalArgumentException.class, () -> ButtonsJson.read("[".repeat(100) + "]".repeat(100)));
  }
}
