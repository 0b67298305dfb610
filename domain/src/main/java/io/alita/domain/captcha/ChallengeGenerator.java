package io.alita.domain.captcha;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes challenges. Give it a {@link java.security.SecureRandom} in production: a predictable generator would let a
 * bot guess the answers.
 */
public final class ChallengeGenerator {

  /** Characters of a code: no 0/o, 1/l/i confusion. */
  public static final String CODE_ALPHABET = "234567890abcdefghjkmnpqrstuvwxyz";
  public static final int CODE_LENGTH = 4;
  public static final int OPTIONS = 4;

  private final RandomGenerator random;

  public ChallengeGenerator(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  public Challenge generate(CaptchaMode mode) {
    return switch (mode) {
      case BUTTON -> new Challenge(mode, "", Challenge.HUMAN, List.of(Challenge.HUMAN));
      case MATH -> math();
      case TEXT -> text();
    };
  }

  /** {@code a + b} (0 to 49), {@code a − b} (never negative) or {@code a × b} (0 to 11). */
  private Challenge math() {
    int a;
    int b;
    int result;
    String op;
    switch (random.nextInt(3)) {
      case 0 -> {
        a = random.nextInt(50);
        b = random.nextInt(50);
        result = a + b;
        op = "+";
      }
      case 1 -> {
        a = random.nextInt(50);
        b = random.nextInt(a + 1);
        result = a - b;
        op = "−";
      }
      default -> {
        a = random.nextInt(12);
        b = random.nextInt(12);
        result = a * b;
        op = "×";
      }
    }
    Set<String> options = new LinkedHashSet<>();
    options.add(Integer.toString(result));
    while (options.size() < OPTIONS) {
      int wrong = result + random.nextInt(21) - 10;
      if (wrong >= 0) {
        options.add(Integer.toString(wrong));
      }
    }
    return new Challenge(CaptchaMode.MATH, a + " " + op + " " + b, Integer.toString(result), shuffled(options));
  }

  private Challenge text() {
    Set<String> options = new LinkedHashSet<>();
    String code = code();
    options.add(code);
    while (options.size() < OPTIONS) {
      options.add(code());
    }
    return new Challenge(CaptchaMode.TEXT, code, code, shuffled(options));
  }

  private String code() {
    StringBuilder out = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      out.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return out.toString();
  }

  /** Fisher-Yates with the generator given, so the answer's position is as unpredictable as the answer. */
  private List<String> shuffled(Set<String> options) {
    List<String> list = new ArrayList<>(options);
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
    return list;
  }
}
