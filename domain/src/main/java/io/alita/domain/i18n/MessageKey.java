package io.alita.domain.i18n;

/**
 * The id of one user-facing text in the message bundle ({@code messages_en.properties}). Declare keys as
 * {@code static final} constants beside the code that sends them; a test checks that every declared key has a text and
 * every text has a key, so a missing translation is a build failure, not a blank reply.
 */
public record MessageKey(String id) {

  public MessageKey {
    if (id == null || !id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)+")) {
      throw new IllegalArgumentException("message key must look like module.name: " + id);
    }
  }

  public static MessageKey of(String id) {
    return new MessageKey(id);
  }
}
