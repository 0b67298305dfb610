package io.alita.domain.rules;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link RulesStore} in memory, for module tests; it counts writes so a test can see that a repeat wrote nothing. */
public final class InMemoryRulesStore implements RulesStore {

  private final Map<ChatId, ChatRules> rows = new HashMap<>();
  private final Map<ChatId, String> titles = new HashMap<>();
  private final Set<ChatId> known = new HashSet<>();
  private int writes;

  @Override
  public synchronized ChatRules find(ChatId chat) {
    Optional<String> title = Optional.ofNullable(titles.get(chat));
    ChatRules row = rows.getOrDefault(chat, ChatRules.none(chat));
    return new ChatRules(chat, row.source(), row.button(), row.privately(), title);
  }

  @Override
  public synchronized void saveText(SeenChat chat, String source) {
    ChatRules row = row(chat);
    put(new ChatRules(chat.id(), Optional.of(source), row.button(), row.privately(), Optional.empty()));
  }

  @Override
  public synchronized void clearText(ChatId chat) {
    ChatRules row = rows.get(chat);
    if (row != null) {
      put(new ChatRules(chat, Optional.empty(), row.button(), row.privately(), Optional.empty()));
    }
  }

  @Override
  public synchronized void setPrivate(SeenChat chat, boolean privately) {
    ChatRules row = row(chat);
    put(new ChatRules(chat.id(), row.source(), row.button(), privately, Optional.empty()));
  }

  @Override
  public synchronized void setButton(SeenChat chat, RulesButtonText text) {
    ChatRules row = row(chat);
    put(new ChatRules(chat.id(), row.source(), Optional.of(text), row.privately(), Optional.empty()));
  }

  @Override
  public synchronized void clearButton(ChatId chat) {
    ChatRules row = rows.get(chat);
    if (row != null) {
      put(new ChatRules(chat, row.source(), Optional.empty(), row.privately(), Optional.empty()));
    }
  }

  /** How many writes changed something. */
  public synchronized int writes() {
    return writes;
  }

  /** The chat's row, after recording the chat as the database would: its title only if it was not known yet. */
  private ChatRules row(SeenChat chat) {
    if (known.add(chat.id()) && chat.title() != null) {
      titles.put(chat.id(), chat.title());
    }
    return rows.getOrDefault(chat.id(), ChatRules.none(chat.id()));
  }

  private void put(ChatRules row) {
    rows.put(row.chat(), row);
    writes++;
  }
}
