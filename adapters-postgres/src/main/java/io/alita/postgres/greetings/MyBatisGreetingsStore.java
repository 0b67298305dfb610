package io.alita.postgres.greetings;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.greetings.Greeting;
import io.alita.domain.greetings.GreetingKind;
import io.alita.domain.greetings.GreetingSwitch;
import io.alita.domain.greetings.GreetingsSettings;
import io.alita.domain.greetings.GreetingsStore;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.tracking.SeenChat;
import io.alita.postgres.content.ButtonsJson;
import io.alita.postgres.mybatis.Sessions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link GreetingsStore} on PostgreSQL through {@link GreetingsMapper}. A change records the chat and creates the
 * chat's row with the defaults first (one transaction), then updates the columns it changes. Inside
 * {@link Sessions#inTransaction}, or an event's unit of work, it joins that transaction.
 */
public final class MyBatisGreetingsStore implements GreetingsStore {

  private final Sessions sessions;

  /** @param sessions over a factory with {@link GreetingsMapper} registered */
  public MyBatisGreetingsStore(Sessions sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public GreetingsSettings settings(ChatId chat) {
    GreetingsMapper.GreetingsRow row = sessions.with(GreetingsMapper.class, m -> m.find(chat.value()));
    if (row == null) {
      return GreetingsSettings.defaults(chat);
    }
    Greeting welcome = new Greeting(row.welcomeEnabled(), content(row.welcomeType(), row.welcomeText(),
        row.welcomeFileId(), row.welcomeButtons(), GreetingKind.WELCOME), row.welcomeCleanOld());
    Greeting goodbye = new Greeting(row.goodbyeEnabled(), content(row.goodbyeType(), row.goodbyeText(),
        row.goodbyeFileId(), row.goodbyeButtons(), GreetingKind.GOODBYE), row.goodbyeCleanOld());
    return new GreetingsSettings(chat, welcome, goodbye, row.cleanService(), row.autoApprove());
  }

  /**
   * A row as the original may have left it: a media type without a file (or an unknown type) reads as text, and a
   * text greeting with no text at all as the default text.
   */
  private static StoredContent content(int typeCode, String text, String fileId, String buttons, GreetingKind kind) {
    ContentType type = ContentType.ofCode(typeCode).orElse(ContentType.TEXT);
    String file = fileId == null ? "" : fileId;
    if (type.isMedia() && file.isBlank()) {
      type = ContentType.TEXT;
    }
    String body = text == null ? "" : text;
    StoredContent content = new StoredContent(type, body, type.isMedia() ? file : "", ButtonsJson.read(buttons));
    return content.isBlank() ? Greeting.defaultOf(kind).content() : content;
  }

  @Override
  public void setContent(SeenChat chat, GreetingKind kind, StoredContent content) {
    Objects.requireNonNull(content, "content");
    String buttons = ButtonsJson.write(content.buttons());
    String fileId = content.type().isMedia() ? content.fileId() : null;
    change(chat, m -> {
      if (kind == GreetingKind.WELCOME) {
        m.setWelcome(chat.id().value(), content.text(), fileId, content.type().code(), buttons);
      } else {
        m.setGoodbye(chat.id().value(), content.text(), fileId, content.type().code(), buttons);
      }
    });
  }

  @Override
  public void reset(SeenChat chat, GreetingKind kind) {
    Greeting d = Greeting.defaultOf(kind);
    change(chat, m -> {
      if (kind == GreetingKind.WELCOME) {
        m.resetWelcome(chat.id().value(), d.content().text(), d.enabled());
      } else {
        m.resetGoodbye(chat.id().value(), d.content().text(), d.enabled());
      }
    });
  }

  @Override
  public void setSwitch(SeenChat chat, GreetingSwitch which, boolean on) {
    String column = switch (which) {
      case WELCOME -> "welcome_enabled";
      case GOODBYE -> "goodbye_enabled";
      case CLEAN_WELCOME -> "welcome_clean_old";
      case CLEAN_GOODBYE -> "goodbye_clean_old";
      case CLEAN_SERVICE -> "clean_service_settings";
      case AUTO_APPROVE -> "auto_approve";
    };
    change(chat, m -> m.setSwitch(chat.id().value(), column, on));
  }

  @Override
  public Optional<MessageId> swapLastMessage(ChatId chat, GreetingKind kind, MessageId sent) {
    Long previous = sessions.with(GreetingsMapper.class, m -> kind == GreetingKind.WELCOME
        ? m.swapLastWelcome(chat.value(), sent.value())
        : m.swapLastGoodbye(chat.value(), sent.value()));
    return previous == null ? Optional.empty() : Optional.of(MessageId.of(Math.toIntExact(previous)));
  }

  private void change(SeenChat chat, Consumer<GreetingsMapper> write) {
    sessions.inTransaction(() -> sessions.with(GreetingsMapper.class, m -> {
      m.recordChat(chat.id().value(), chat.kind().name().toLowerCase(Locale.ROOT), chat.title(), chat.username());
      m.ensureRow(chat.id().value(), Greeting.DEFAULT_WELCOME, Greeting.DEFAULT_GOODBYE);
      write.accept(m);
      return null;
    }));
  }
}
