package io.alita.domain.sandbox;

import java.util.Locale;
import java.util.Optional;

/** Who writes the simulated message. */
public enum Persona {
  /** An ordinary member, in the chat for a while: every rule applies to them. */
  MEMBER("member"),
  /** An administrator with the usual rights (delete, restrict, pin, invite, change info; not promote). */
  ADMIN("admin"),
  /** Someone who joins the chat just now and then writes: the join rules (captcha, anti-raid) run first. */
  NEW_MEMBER("new_member");

  private final String word;

  Persona(String word) {
    this.word = word;
  }

  /** The lower-case word for forms and URLs: {@code member}, {@code admin}, {@code new_member}. */
  public String word() {
    return word;
  }

  /** The persona named by {@code word} (as {@link #word()} spells it, any case); empty for anything else. */
  public static Optional<Persona> of(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String w = word.strip().toLowerCase(Locale.ROOT);
    for (Persona p : values()) {
      if (p.word.equals(w)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
