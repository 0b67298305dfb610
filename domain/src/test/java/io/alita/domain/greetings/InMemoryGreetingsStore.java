package io.alita.domain.greetings;

import io.alita.domain.content.StoredContent;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenChat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link GreetingsStore} of module tests: one row per chat in memory. */
public final class InMemoryGreetingsStore implements GreetingsStore {

  private record Row(GreetingsSettings settings, Optional<MessageId> lastWelcome, Optional<MessageId> lastGoodbye) {}

  private final Map<ChatId, Row> rows = new ConcurrentHashMap<>();

  @Override
  public GreetingsSettings settings(ChatId chat) {
    Row row = rows.get(chat);
    return row == null ? GreetingsSettings.defaults(chat) : row.settings();
  }

  @Override
  public void setContent(SeenChat chat, GreetingKind kind, StoredContent content) {
    update(chat.id(), s -> with(s, kind, new Greeting(s.greeting(kind).enabled(), content, s.greeting(kind).cleanOld())));
  }

  @Override
  public void reset(SeenChat chat, GreetingKind kind) {
    update(chat.id(), s -> {
      Greeting d = Greeting.defaultOf(kind);
      return with(s, kind, new Greeting(d.enabled(), d.content(), s.greeting(kind).cleanOld()));
    });
  }

  @Override
  public void setSwitch(SeenChat chat, GreetingSwitch which, boolean on) {
    update(chat.id(), s -> switch (which) {
      case WELCOME -> with(s, GreetingKind.WELCOME, new Greeting(on, s.welcome().content(), s.welcome().cleanOld()));
      case GOODBYE -> with(s, GreetingKind.GOODBYE, new Greeting(on, s.goodbye().content(), s.goodbye().cleanOld()));
      case CLEAN_WELCOME -> with(s, GreetingKind.WELCOME,
          new Greeting(s.welcome().enabled(), s.welcome().content(), on));
      case CLEAN_GOODBYE -> with(s, GreetingKind.GOODBYE,
          new Greeting(s.goodbye().enabled(), s.goodbye().content(), on));
      case CLEAN_SERVICE -> new GreetingsSettings(s.chat(), s.welcome(), s.goodbye(), on, s.autoApprove());
      case AUTO_APPROVE -> new GreetingsSettings(s.chat(), s.welcome(), s.goodbye(), s.cleanService(), on);
    });
  }

  @Override
  public synchronized Optional<MessageId> swapLastMessage(ChatId chat, GreetingKind kind, MessageId sent) {
    Row row = rows.get(chat);
    if (row == null) {
      return Optional.empty();
    }
    if (kind == GreetingKind.WELCOME) {
      rows.put(chat, new Row(row.settings(), Optional.of(sent), row.lastGoodbye()));
      return row.lastWelcome();
    }
    rows.put(chat, new Row(row.settings(), row.lastWelcome(), Optional.of(sent)));
    return row.lastGoodbye();
  }

  private synchronized void update(ChatId chat, java.util.function.UnaryOperator<GreetingsSettings> change) {
    Row row = rows.getOrDefault(chat, new Row(GreetingsSettings.defaults(chat), Optional.empty(), Optional.empty()));
    rows.put(chat, new Row(change.apply(row.settings()), row.lastWelcome(), row.lastGoodbye()));
  }

  private static GreetingsSettings with(GreetingsSettings s, GreetingKind kind, Greeting g) {
    return kind == GreetingKind.WELCOME
        ? new GreetingsSettings(s.chat(), g, s.goodbye(), s.cleanService(), s.autoApprove())
        : new GreetingsSettings(s.chat(), s.welcome(), g, s.cleanService(), s.autoApprove());
  }
}
