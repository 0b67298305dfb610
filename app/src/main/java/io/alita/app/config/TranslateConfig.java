package io.alita.app.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code TRANSLATE_URL} and {@code TRANSLATE_API_KEY}: the LibreTranslate-compatible server {@code /tr} asks. Without a
 * URL the bot has no translation and {@code /tr} says so. {@link #toString()} never shows the key.
 *
 * @param url the server's base URL (the bot posts to {@code <url>/translate}); empty: no translation
 * @param apiKey sent as {@code api_key} when set (servers started with {@code --api-keys} require one)
 */
public record TranslateConfig(Optional<URI> url, Optional<String> apiKey) {

  static final String EXAMPLE = "http://libretranslate:5000 or https://translate.example.com";

  public TranslateConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(apiKey, "apiKey");
  }

  /** No translation server. */
  public static TranslateConfig none() {
    return new TranslateConfig(Optional.empty(), Optional.empty());
  }

  static TranslateConfig read(EnvReader env) {
    Optional<URI> url = env.parsed("TRANSLATE_URL", value -> HttpUrls.baseUrl(value, false, EXAMPLE));
    Optional<String> apiKey = env.string("TRANSLATE_API_KEY");
    if (apiKey.isPresent() && !env.isSet("TRANSLATE_URL")) {
      env.error("TRANSLATE_API_KEY", "set without TRANSLATE_URL; set TRANSLATE_URL to the LibreTranslate server "
          + "(e.g. " + EXAMPLE + ") or remove the key");
    }
    if (apiKey.isPresent() && apiKey.get().chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      env.error("TRANSLATE_API_KEY", "contains spaces or characters other than visible ASCII; copy the key exactly "
          + "as the server's admin gave it");
    }
    return new TranslateConfig(url, apiKey);
  }

  @Override
  public String toString() {
    return "TranslateConfig[url=" + url.map(URI::toString).orElse("(none)") + ", apiKey="
        + apiKey.map(k -> "***").orElse("(none)") + "]";
  }
}
