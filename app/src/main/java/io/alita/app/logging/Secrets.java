package io.alita.app.logging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The secret values known at runtime (bot token, database password, webhook secret, metrics token), registered once
 * at startup and then scrubbed from every log line by {@link LogRedactor}.
 *
 * <p>Static on purpose: Logback instantiates its converters itself, so they cannot be handed a registry by
 * injection, and a secret must be hidden from the very first log line, before any object graph exists.
 */
public final class Secrets {

  /** Shorter values are ignored: replacing every "abc" in every log line would garble the log and hide nothing. */
  public static final int MIN_LENGTH = 4;

  // Replaced as a whole on every change, so readers (every log call) never lock; longest first, so that a secret
  // containing another is replaced whole.
  private static volatile List<String> known = List.of();

  private Secrets() {}

  /**
   * Hides a value (and its URL-encoded forms, as they appear inside a connection URL) from all later log lines.
   * Null and values shorter than {@value #MIN_LENGTH} characters are ignored.
   */
  public static synchronized void register(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      return;
    }
    List<String> next = new ArrayList<>(known);
    add(next, secret);
    String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    add(next, formEncoded);
    add(next, formEncoded.replace("+", "%20")); // how a URL's user-info part writes a space
    next.sort(Comparator.comparingInt(String::length).reversed());
    known = List.copyOf(next);
  }

  /** The registered values, longest first. */
  static List<String> registered() {
    return known;
  }

  /** Forgets every secret; for tests. */
  static synchronized void forgetAll() {
    known = List.of();
  }

  private static void add(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }
}
