package io.alita.domain.locks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an admin can lock. Locking a type deletes the messages of that type sent by members who are neither admins nor
 * approved; {@link #BOTS} instead removes bots such members add. The words are the ones {@code /lock} takes and the
 * values of {@code locks.lock_type}.
 */
public enum LockType {
  STICKER("sticker"),
  AUDIO("audio"),
  VOICE("voice"),
  /** Files, except GIFs (Telegram sends those as documents too). */
  DOCUMENT("document"),
  VIDEO("video"),
  VIDEONOTE("videonote"),
  CONTACT("contact"),
  PHOTO("photo"),
  GIF("gif"),
  /** Links: {@code url} and {@code text_link} entities. */
  URL("url"),
  /** Bots added by members. */
  BOTS("bots"),
  FORWARD("forward"),
  GAME("game"),
  /** Locations and venues. */
  LOCATION("location"),
  /** Arabic script (U+0600 to U+06FF). */
  RTL("rtl"),
  /** Posts of channels: anonymous channels and the linked channel. */
  ANONCHANNEL("anonchannel"),
  /** Text, contacts, locations, venues, media and the "other" kinds. */
  MESSAGES("messages"),
  /** Messages of users who are not members (comments under the linked channel's posts). */
  COMMENTS("comments"),
  /** Audio, documents, GIFs, photos, videos, video notes and voice messages. */
  MEDIA("media"),
  /** Games, stickers and GIFs. */
  OTHER("other"),
  /** Messages with a link, whose preview would show. */
  PREVIEWS("previews"),
  /** Every message. */
  ALL("all");

  private static final Map<String, LockType> BY_WORD =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(LockType::word, Function.identity()));

  private final String word;

  LockType(String word) {
    this.word = word;
  }

  /** How admins type it, and how it is stored. */
  public String word() {
    return word;
  }

  /** The type named by {@code word}, regardless of case. */
  public static Optional<LockType> of(String word) {
    return Optional.ofNullable(BY_WORD.get(word.toLowerCase(Locale.ROOT)));
  }
}
