package io.alita.app;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import java.util.List;
import java.util.Optional;

/**
 * Telegram for a console started without {@code BOT_TOKEN}: nothing can be asked, so every answer is "unknown". The
 * console then lets in only those whose access does not depend on Telegram (owner, team, operator).
 */
final class NoTelegram implements ChatQueries {

  @Override
  public List<ChatMember> administrators(ChatId chat) {
    return List.of();
  }

  @Override
  public Optional<ChatMember> member(ChatId chat, UserId user) {
    return Optional.empty();
  }

  @Override
  public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
    return Optional.empty();
  }

  @Override
  public Optional<String> inviteLink(ChatId chat) {
    return Optional.empty();
  }
}
