package io.alita.domain.content;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.format.FillingContext;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.Limits;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.format.UrlButton;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenUser;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Turns a {@link StoredContent} into the action that sends it, for one member: one {@code %%%} variant, Markdown to
 * Telegram HTML, fillings with that member's name and the chat's title, the stored URL buttons and the {@code {rules}}
 * button. Text goes out as a message (at most {@link Limits#MESSAGE_TEXT}), media by file id with the text as caption
 * (at most {@link Limits#CAPTION}; none for stickers and video notes). Notes, filters and greetings all send this way.
 */
public final class ContentSender {

  /** The chat's rules button for {@code {rules}}, or empty when the chat has no rules. Asked only when used. */
  @FunctionalInterface
  public interface RulesButtons {
    Optional<UrlButton> forChat(ChatId chat);

    RulesButtons NONE = chat -> Optional.empty();
  }

  /**
   * Where and how one send goes.
   *
   * @param chat where it is sent (the group, or a member's private chat for a private note)
   * @param chatTitle the title {@code {chatname}} shows (the group's, also when sent in private)
   * @param rulesChat the chat whose rules {@code {rules}} links to
   * @param member whose name the fillings show
   * @param memberCount for {@code {count}}, when known
   * @param replyTo the message it answers, if any
   * @param threadId the forum topic to send into, if any
   * @param linkPreview show a link preview (text only)
   * @param protect {@code protect_content}
   * @param silent {@code disable_notification}
   */
  public record Send(ChatId chat, String chatTitle, ChatId rulesChat, SeenUser member, Optional<Long> memberCount,
      Optional<MessageId> replyTo, Optional<Integer> threadId, boolean linkPreview, boolean protect, boolean silent) {
    public Send {
      Objects.requireNonNull(chat, "chat");
      chatTitle = chatTitle == null ? "" : chatTitle;
      Objects.requireNonNull(rulesChat, "rulesChat");
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(memberCount, "memberCount");
      Objects.requireNonNull(replyTo, "replyTo");
      Objects.requireNonNull(threadId, "threadId");
    }

    /** To {@code chat} for {@code member}, not a reply, in no topic, no preview, not protected, with sound. */
    public static Send to(ChatId chat, String chatTitle, SeenUser member) {
      return new Send(chat, chatTitle, chat, member, Optional.empty(), Optional.empty(), Optional.empty(), false, false,
          false);
    }

    public Send replyingTo(MessageId message) {
      return new Send(chat, chatTitle, rulesChat, member, memberCount, Optional.of(message), threadId, linkPreview,
          protect, silent);
    }

    public Send inThread(Optional<Integer> thread) {
      return new Send(chat, chatTitle, rulesChat, member, memberCount, replyTo, thread, linkPreview, protect, silent);
    }

    public Send withCount(Optional<Long> count) {
      return new Send(chat, chatTitle, rulesChat, member, count, replyTo, threadId, linkPreview, protect, silent);
    }

    public Send withRulesOf(ChatId chatWithRules) {
      return new Send(chat, chatTitle, chatWithRules, member, memberCount, replyTo, threadId, linkPreview, protect,
          silent);
    }

    public Send withOptions(boolean preview, boolean protectContent, boolean noSound) {
      return new Send(chat, chatTitle, rulesChat, member, memberCount, replyTo, threadId, preview, protectContent,
          noSound);
    }
  }

  private final RulesButtons rules;
  private final RandomGenerator random;

  /** @param random picks among {@code %%%} variants */
  public ContentSender(RulesButtons rules, RandomGenerator random) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The action that sends {@code content} as {@code send} says. */
  public ChatAction action(StoredContent content, Send send) {
    int limit = content.type().isMedia() ? Limits.CAPTION : Limits.MESSAGE_TEXT;
    FormattedMessage formatted = format(content, send, limit);
    Keyboard keyboard = Keyboard.of(formatted.buttons());
    if (content.type().isMedia()) {
      String caption = content.type().takesText() ? formatted.html() : "";
      return new ChatAction.SendMedia(send.chat(), content.media().orElseThrow(), caption, keyboard, send.replyTo(),
          send.threadId(), send.silent(), send.protect());
    }
    OutgoingMessage message = new OutgoingMessage(send.chat(), formatted.html(), keyboard, send.replyTo(),
        send.silent(), send.linkPreview(), send.threadId(), send.protect());
    return new ChatAction.Send(message);
  }

  /** The content rendered for {@code send}'s member: HTML and keyboard, as a preview shows it. */
  public FormattedMessage format(StoredContent content, Send send, int limit) {
    String text = content.type().isMedia() && !content.type().takesText() ? "" : content.text();
    UrlButton rulesButton = text.contains("{rules") ? rules.forChat(send.rulesChat()).orElse(null) : null;
    SeenUser m = send.member();
    FillingContext fillings = new FillingContext(m.firstName(), m.lastName(), m.username(), m.id(), send.chatTitle(),
        send.memberCount().orElse(null), rulesButton);
    return MessageFormatter.render(text, content.buttons(), fillings, random, limit);
  }
}
