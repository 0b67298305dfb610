package io.alita.domain.devs;

import io.alita.domain.model.ChatId;
import java.util.List;
import java.util.Optional;

/** Outbound port: the chats the bot has recorded ({@code chats}), for {@code /chatinfo} and {@code /chatlist}. */
public interface KnownChatsPort {

  /** What the bot knows of {@code chat}; empty when it never saw it. */
  Optional<ChatSummary> chat(ChatId chat);

  /** Every group, supergroup and channel not marked inactive, most recently active first. */
  List<KnownChat> activeChats();
}
