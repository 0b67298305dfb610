package io.alita.telegram.update;

import io.alita.domain.model.MessageId;
import io.alita.domain.update.ButtonPress;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.JoinRequest;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.UpdateId;
import io.alita.telegram.mapping.Members;
import io.alita.telegram.mapping.Parties;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.ChatJoinRequest;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * Maps a TelegramBots {@link Update} to the domain's {@link Incoming}: messages (new and edited), channel posts (as a
 * message of a channel chat), button presses, member changes ({@code chat_member} and, about the bot itself,
 * {@code my_chat_member}) and join requests. Every other kind of update is of no interest to a group-management bot and
 * maps to empty, as does a button press on an inline-mode message (it has no chat). Stateless and thread-safe.
 *
 * <p>A malformed update (a chat of unknown type, a negative private chat id) throws {@link IllegalArgumentException}:
 * the intake logs it and moves on, rather than hand the domain a half-true event.
 */
public final class UpdateMapper {

  private final MessageMapper messages = new MessageMapper();

  /** The domain event for {@code update}, or empty when the bot does not act on that kind of update. */
  public Optional<Incoming> map(Update update) {
    UpdateId id = new UpdateId(update.getUpdateId());
    if (update.hasMessage()) {
      return Optional.of(new Incoming.Message(id, messages.map(update.getMessage(), false)));
    }
    if (update.hasEditedMessage()) {
      return Optional.of(new Incoming.Message(id, messages.map(update.getEditedMessage(), true)));
    }
    if (update.hasChannelPost()) {
      return Optional.of(new Incoming.Message(id, messages.map(update.getChannelPost(), false)));
    }
    if (update.hasCallbackQuery()) {
      return button(update.getCallbackQuery()).map(press -> new Incoming.Button(id, press));
    }
    if (update.hasChatMember()) {
      return Optional.of(new Incoming.Member(id, memberChange(update.getChatMember(), false)));
    }
    if (update.hasMyChatMember()) {
      return Optional.of(new Incoming.Member(id, memberChange(update.getMyChatMember(), true)));
    }
    if (update.hasChatJoinRequest()) {
      ChatJoinRequest request = update.getChatJoinRequest();
      return Optional.of(new Incoming.Join(id,
          new JoinRequest(Parties.chat(request.getChat()), Parties.user(request.getUser()))));
    }
    return Optional.empty();
  }

  private static Optional<ButtonPress> button(CallbackQuery query) {
    MaybeInaccessibleMessage message = query.getMessage();
    if (message == null || message.getChat() == null) {
      // A button under an inline-mode message: no chat to act in, and this bot offers no inline mode.
      return Optional.empty();
    }
    // An inaccessible (too old) message still names its chat and id, which is all a button handler needs.
    return Optional.of(new ButtonPress(query.getId(), Parties.user(query.getFrom()), Parties.chat(message.getChat()),
        MessageId.of(message.getMessageId()), query.getData()));
  }

  private static MemberChange memberChange(ChatMemberUpdated change, boolean aboutTheBot) {
    return new MemberChange(
        Parties.chat(change.getChat()),
        Parties.user(change.getFrom()),
        Parties.user(change.getNewChatMember().getUser()),
        Members.member(change.getOldChatMember()),
        Members.member(change.getNewChatMember()),
        aboutTheBot);
  }
}
