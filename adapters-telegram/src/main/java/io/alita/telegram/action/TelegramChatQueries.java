package io.alita.telegram.action;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.telegram.mapping.Members;
import io.alita.telegram.mapping.Permissions;
import io.alita.telegram.send.CallCategory;
import io.alita.telegram.send.OutboundRateLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ExportChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers the domain's {@link ChatQueries} with the Bot API, through the {@link OutboundRateLimiter} (lookups count
 * against the global rate only). Whenever Telegram refuses or fails, the answer is "unknown": an empty list or
 * {@link Optional#empty()}, after a log line; nothing is thrown. Thread-safe.
 */
public final class TelegramChatQueries implements ChatQueries {

  private final BotApiGateway api;

  public TelegramChatQueries(TelegramClient client, OutboundRateLimiter limiter) {
    this.api = new BotApiGateway(client, limiter);
  }

  @Override
  public List<ChatMember> administrators(ChatId chat) {
    BotApiGateway.Outcome<ArrayList<org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember>> admins =
        api.call(CallCategory.NON_MESSAGE, chat, GetChatAdministrators.builder().chatId(chat.value()).build());
    if (!admins.ok() || admins.value() == null) {
      return List.of();
    }
    return admins.value().stream().map(Members::member).toList();
  }

  @Override
  public Optional<ChatMember> member(ChatId chat, UserId user) {
    BotApiGateway.Outcome<org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember> member = api.call(
        CallCategory.NON_MESSAGE, chat, GetChatMember.builder().chatId(chat.value()).userId(user.value()).build());
    return member.ok() ? Optional.ofNullable(member.value()).map(Members::member) : Optional.empty();
  }

  @Override
  public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
    BotApiGateway.Outcome<ChatFullInfo> info =
        api.call(CallCategory.NON_MESSAGE, chat, GetChat.builder().chatId(chat.value()).build());
    if (!info.ok() || info.value() == null || info.value().getPermissions() == null) {
      return Optional.empty(); // private chats and channels have none
    }
    return Optional.of(Permissions.fromTelegram(info.value().getPermissions()));
  }

  @Override
  public Optional<String> inviteLink(ChatId chat) {
    BotApiGateway.Outcome<String> link =
        api.call(CallCategory.NON_MESSAGE, chat, ExportChatInviteLink.builder().chatId(chat.value()).build());
    return link.ok() ? Optional.ofNullable(link.value()).filter(s -> !s.isBlank()) : Optional.empty();
  }

  @Override
  public Optional<MessageId> pinnedMessage(ChatId chat) {
    BotApiGateway.Outcome<ChatFullInfo> info =
        api.call(CallCategory.NON_MESSAGE, chat, GetChat.builder().chatId(chat.value()).build());
    if (!info.ok() || info.value() == null || info.value().getPinnedMessage() == null) {
      return Optional.empty();
    }
    Integer id = info.value().getPinnedMessage().getMessageId();
    return id == null ? Optional.empty() : Optional.of(MessageId.of(id));
  }
}
