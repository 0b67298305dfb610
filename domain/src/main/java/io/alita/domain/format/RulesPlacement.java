package io.alita.domain.format;

/** Where the rules button of a {@code {rules}} directive goes among the message's buttons. */
enum RulesPlacement {
  /** {@code {rules}}: a row of its own, after every other button. */
  NEW_ROW("{rules}"),
  /** {@code {rules:same}}: at the end of the last row (its own row when there is none). */
  SAME_ROW("{rules:same}"),
  /** {@code {rules:up}}: a row of its own above every other button, as the original does. */
  TOP("{rules:up}");

  final String token;

  RulesPlacement(String token) {
    this.token = token;
  }

  ButtonGrid place(ButtonGrid grid, UrlButton button) {
    return switch (this) {
      case NEW_ROW -> grid.withRow(button);
      case SAME_ROW -> grid.withOnLastRow(button);
      case TOP -> grid.withTopRow(button);
    };
  }
}
