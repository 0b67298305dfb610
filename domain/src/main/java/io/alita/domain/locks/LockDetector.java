package io.alita.domain.locks;

import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MessageKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which lock types a message falls under: a pure function of the message. Whether anything happens depends on the
 * chat's locks and on who sent it (see {@link LocksModule}).
 *
 * <p>{@link LockType#COMMENTS} is reported for every message {@link LockType#MESSAGES} covers except those of Telegram's
 * 777000 (the linked channel's automatic forwards); whether the sender is a member is asked only when comments are
 * locked. {@link LockType#BOTS} is reported for a join message that adds a bot.
 */
public final class LockDetector {

  private static final Set<MessageKind> MEDIA = EnumSet.of(MessageKind.AUDIO, MessageKind.DOCUMENT,
      MessageKind.ANIMATION, MessageKind.VIDEO_NOTE, MessageKind.VIDEO, MessageKind.VOICE, MessageKind.PHOTO);
  private static final Set<MessageKind> OTHER = EnumSet.of(MessageKind.GAME, MessageKind.STICKER, MessageKind.ANIMATION);
  private static final Set<MessageKind> MESSAGES_BESIDES_TEXT =
      EnumSet.of(MessageKind.CONTACT, MessageKind.LOCATION, MessageKind.VENUE);

  private LockDetector() {}

  /** The lock types {@code message} falls under; {@link LockType#ALL} is always among them. */
  public static Set<LockType> detect(IncomingMessage message) {
    EnumSet<LockType> types = EnumSet.of(LockType.ALL);
    MessageKind kind = message.kind();
    switch (kind) {
      case STICKER -> types.add(LockType.STICKER);
      case AUDIO -> types.add(LockType.AUDIO);
      case VOICE -> types.add(LockType.VOICE);
      case DOCUMENT -> types.add(LockType.DOCUMENT);
      case VIDEO -> types.add(LockType.VIDEO);
      case VIDEO_NOTE -> types.add(LockType.VIDEONOTE);
      case CONTACT -> types.add(LockType.CONTACT);
      case PHOTO -> types.add(LockType.PHOTO);
      case ANIMATION -> types.add(LockType.GIF);
      case GAME -> types.add(LockType.GAME);
      // a venue carries its location too
      case LOCATION, VENUE -> types.add(LockType.LOCATION);
      default -> { }
    }
    if (MEDIA.contains(kind)) {
      types.add(LockType.MEDIA);
    }
    if (OTHER.contains(kind)) {
      types.add(LockType.OTHER);
    }
    boolean text = kind == MessageKind.TEXT && !message.text().isEmpty();
    if (text || MESSAGES_BESIDES_TEXT.contains(kind) || MEDIA.contains(kind) || OTHER.contains(kind)) {
      types.add(LockType.MESSAGES);
      if (!message.from().map(u -> u.id().equals(UserId.TELEGRAM)).orElse(false)) {
        types.add(LockType.COMMENTS);
      }
    }
    if (hasLink(message)) {
      types.add(LockType.URL);
      types.add(LockType.PREVIEWS);
    }
    if (message.forwarded()) {
      types.add(LockType.FORWARD);
    }
    if (hasArabicScript(message.text())) {
      types.add(LockType.RTL);
    }
    if (message.senderChat().map(c -> !c.id().equals(message.chatId())).orElse(false)) {
      types.add(LockType.ANONCHANNEL);
    }
    if (message.newMembers().stream().anyMatch(SeenUser::isBot)) {
      types.add(LockType.BOTS);
    }
    return types;
  }

  private static boolean hasLink(IncomingMessage message) {
    for (MessageEntity e : message.entities()) {
      if (e.type() == EntityType.URL || e.type() == EntityType.TEXT_LINK) {
        return true;
      }
    }
    return false;
  }

  /** Any character of the Arabic block, U+0600 to U+06FF (the original's "rtl" test). */
  static boolean hasArabicScript(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        return true;
      }
    }
    return false;
  }
}
