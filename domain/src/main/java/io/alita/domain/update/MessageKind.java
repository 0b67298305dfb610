package io.alita.domain.update;

/** What a message carries, as far as the bot's rules care (locks, captcha storage, stored replies). */
public enum MessageKind {
  TEXT,
  PHOTO,
  VIDEO,
  ANIMATION,
  AUDIO,
  VOICE,
  DOCUMENT,
  STICKER,
  VIDEO_NOTE,
  CONTACT,
  LOCATION,
  VENUE,
  POLL,
  DICE,
  GAME,
  /** Join, leave, pin, title change and other service messages. */
  SERVICE,
  OTHER
}
