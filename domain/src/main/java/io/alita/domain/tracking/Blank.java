package io.alita.domain.tracking;

/** Telegram sends an absent username or title sometimes as a missing field and sometimes as "": both mean "none". */
final class Blank {

  private Blank() {}

  static String toNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
