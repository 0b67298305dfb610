package io.alita.domain.misc;

import java.util.Objects;
import java.util.Optional;

/**
 * A translation service, for {@code /tr}. A call blocks the handler that makes it, so an implementation bounds it: a
 * connect and answer timeout of a few seconds, and a cap on how many calls run at once (one that finds the cap taken
 * answers {@link Unavailable.Cause#BUSY} at once instead of waiting). See docs/decisions/0034-translation.md.
 */
public interface TranslationPort {

  /** No translation service: every call answers {@link NotConfigured}. */
  TranslationPort NOT_CONFIGURED = new TranslationPort() {
    @Override
    public Result translate(String text, String target) {
      return new NotConfigured();
    }

    @Override
    public boolean configured() {
      return false;
    }
  };

  /** False when there is no service behind this port (every call would answer {@link NotConfigured}). */
  default boolean configured() {
    return true;
  }

  /**
   * Translates {@code text} into {@code target}, the source language detected by the service; never throws.
   *
   * @param target a language code as the service knows it ({@code en}, {@code pt-BR}, {@code zh-Hans})
   */
  Result translate(String text, String target);

  /** What came of one call. */
  sealed interface Result {}

  /**
   * @param text the translation
   * @param source the language the service detected, when it says
   */
  record Translated(String text, Optional<String> source) implements Result {
    public Translated {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }
  }

  /** This bot has no translation service configured. */
  record NotConfigured() implements Result {}

  /**
   * The service refused the request as such (an unknown target language, a text it will not take).
   *
   * @param detail the service's own words, if any, for the log (never shown as is)
   */
  record Rejected(String detail) implements Result {
    public Rejected {
      detail = detail == null ? "" : detail;
    }
  }

  /** The service could not be used this time; try again later. */
  record Unavailable(Cause cause) implements Result {
    public Unavailable {
      Objects.requireNonNull(cause, "cause");
    }

    /** Why. */
    public enum Cause {
      /** No answer within the timeout. */
      TIMEOUT,
      /** The server could not be reached, or answered with a server error. */
      DOWN,
      /** The answer was not what a LibreTranslate server sends. */
      BAD_ANSWER,
      /** As many translations as allowed are running already. */
      BUSY
    }
  }
}
