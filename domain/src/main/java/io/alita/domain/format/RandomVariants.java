package io.alita.domain.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Random replies: {@code %%%} separates variants of one stored text, and each send picks one.
 *
 * <p>The separator works on a line of its own or inline ({@code Hi! %%% Hello!}), as in the original, which split on the
 * bare string. Each variant is stripped; blank variants are ignored. {@code \%%%} is a literal "%%%". The split is purely
 * textual and comes first in the pipeline, so a separator inside a code block still separates.
 */
public final class RandomVariants {

  public static final String SEPARATOR = "%%%";

  private RandomVariants() {}

  /** The non-blank variants of {@code source}, stripped; a single empty string when there is none. */
  public static List<String> variants(String source) {
    Objects.requireNonNull(source, "source");
    List<String> variants = new ArrayList<>();
    int start = 0;
    int separator = source.indexOf(SEPARATOR);
    while (separator >= 0) {
      if (!BackslashEscapes.isEscaped(source, separator)) {
        add(variants, source.substring(start, separator));
        start = separator + SEPARATOR.length();
        separator = source.indexOf(SEPARATOR, start);
      } else {
        separator = source.indexOf(SEPARATOR, separator + 1);
      }
    }
    add(variants, source.substring(start));
    return variants.isEmpty() ? List.of("") : List.copyOf(variants);
  }

  /** One variant, chosen uniformly with {@code random}; the generator is not used when there is only one. */
  public static String pick(String source, RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    List<String> variants = variants(source);
    return variants.size() == 1 ? variants.get(0) : variants.get(random.nextInt(variants.size()));
  }

  private static void add(List<String> variants, String variant) {
    if (!variant.isBlank()) {
      variants.add(variant.strip());
    }
  }
}
