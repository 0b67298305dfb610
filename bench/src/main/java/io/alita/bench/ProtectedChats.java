package io.alita.bench;

import io.alita.domain.action.Effects;
import io.alita.domain.antiflood.AntifloodModule;
import io.alita.domain.antiflood.FloodLimit;
import io.alita.domain.antiflood.FloodSettings;
import io.alita.domain.antiflood.FloodSettingsStore;
import io.alita.domain.blacklists.BlacklistAction;
import io.alita.domain.blacklists.BlacklistEntry;
import io.alita.domain.blacklists.BlacklistStore;
import io.alita.domain.blacklists.BlacklistWord;
import io.alita.domain.blacklists.BlacklistsModule;
import io.alita.domain.blacklists.ChatBlacklist;
import io.alita.domain.cache.CacheLimits;
import io.alita.domain.cache.CacheStats;
import io.alita.domain.captcha.CaptchaModule;
import io.alita.domain.captcha.CaptchaSettings;
import io.alita.domain.captcha.CaptchaStore;
import io.alita.domain.captcha.VerifiedListener;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.filters.Filter;
import io.alita.domain.filters.FilterTrigger;
import io.alita.domain.filters.FiltersModule;
import io.alita.domain.filters.FiltersStore;
import io.alita.domain.locks.LockStore;
import io.alita.domain.locks.LockType;
import io.alita.domain.locks.LocksModule;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.target.UserDirectory;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.warns.InMemoryWarnStore;
import io.alita.domain.warns.WarnIssuer;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The bot's protection modules (captcha, antiflood, locks, blacklists, filters) around a real {@link Dispatcher}, for
 * chats that all have the same demanding settings: 500 blacklisted words, 150 filters, the url lock, a flood limit of
 * 10 and captcha on. No Bot API and no database: the stores answer every chat's reads with fresh objects built from
 * one template, as the PostgreSQL adapters would (so each cached chat holds its own copy, as in production), and
 * nothing a bench does writes.
 *
 * <p>Messages come from {@link #SENDERS} members in turn, decided one simulated second apart, so no one floods.
 */
public final class ProtectedChats {

  public static final int BLACKLIST_WORDS = 500;
  public static final int FILTERS = 150;
  public static final int SENDERS = 100;

  private static final String[] VOCABULARY = {"hello", "everyone", "the", "meeting", "is", "at", "five", "please",
      "read", "rules", "thanks", "great", "idea", "see", "you", "tomorrow", "who", "wants", "coffee", "link", "photo",
      "video", "question", "answer", "group", "admin", "bot", "Привет", "всем", "مرحبا", "😀", "👍", "ok", "lol"};

  private static final Duration SECOND = Duration.ofSeconds(1);

  private final MutableClock clock = new MutableClock(TestDispatcher.NOW);
  private final TestMessages messages = new TestMessages(clock);
  private final Dispatcher dispatcher;
  private final List<String> words;
  private final List<String> triggers;
  private final List<SeenUser> senders = new ArrayList<>();
  private int next;

  public ProtectedChats(CacheLimits limits) {
    Random random = new Random(42);
    words = texts(random, BLACKLIST_WORDS, "qx");
    triggers = texts(random, FILTERS, "zq");
    FakeChatQueries telegram = new FakeChatQueries();
    telegram.admin(UserId.of(1), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(TestDispatcher.BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    for (int i = 0; i < SENDERS; i++) {
      SeenUser member = new SeenUser(UserId.of(10_000 + i), "Member" + i, null, null, false);
      telegram.member(member.id(), MemberStatus.MEMBER);
      senders.add(member);
    }
    AdminCache admins = new AdminCache(telegram, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    ContentSender content = new ContentSender(ContentSender.RulesButtons.NONE, new Random(3));

    BlacklistStore blacklists = template(BlacklistStore.class, Map.of("blacklist", chat -> blacklist()));
    FiltersStore filters = template(FiltersStore.class, Map.of("filters", chat -> filters()));
    LockStore locks = template(LockStore.class, Map.of("locked", chat -> Set.of(LockType.of("url").orElseThrow())));
    FloodSettingsStore flood = template(FloodSettingsStore.class, Map.of("settings", chat -> new FloodSettings(
        Optional.of(new FloodLimit(10)), PenaltyMode.MUTE, Optional.empty(), false)));
    CaptchaStore captcha = template(CaptchaStore.class, Map.of("settings", chat -> new CaptchaSettings(true,
        CaptchaSettings.DEFAULTS.mode(), CaptchaSettings.DEFAULTS.timeout(), CaptchaSettings.DEFAULTS.action(),
        CaptchaSettings.DEFAULTS.maxAttempts())));
    UserDirectory nobody = username -> Optional.empty();

    dispatcher = TestDispatcher.with(
            new AntifloodModule(flood, admins, TestDispatcher.BOT, (chat, user) -> false, clock),
            new CaptchaModule(captcha, admins, telegram, nobody, TestDispatcher.BOT, (chat, user) -> false, clock,
                new Random(5), VerifiedListener.NONE),
            new LocksModule(locks, (chat, user) -> false, admins, telegram, TestDispatcher.BOT),
            new BlacklistsModule(blacklists, admins, TestDispatcher.BOT, (chat, user) -> false,
                new WarnIssuer(new InMemoryWarnStore(), TestDispatcher.BOT, chat -> false, clock), clock,
                confirmations),
            new FiltersModule(filters, admins, TestDispatcher.BOT, content, confirmations),
            confirmations)
        .admins(admins).clock(clock).cacheLimits(limits).build();
  }

  /** A supergroup of these settings. */
  public static SeenChat chat(long id) {
    return new SeenChat(ChatId.of(-1_000_000_000_000L - id), ChatKind.SUPERGROUP, "Chat " + id, null);
  }

  /** An ordinary message of {@code words} words (none blacklisted, none a filter's trigger, no link). */
  public static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return text.toString();
  }

  /** The next member's message in {@code chat} (the members take turns). */
  public Incoming.Message message(SeenChat chat, String text) {
    SeenUser from = senders.get(next);
    next = (next + 1) % SENDERS;
    return new Incoming.Message(messages.nextUpdate(), messages.message(chat, from).text(text).build());
  }

  /**
   * {@code count} messages in {@code chat}, from the members in turn, with the texts in turn. Deciding one writes
   * nothing (an ordinary message), so the same message may be decided again: its update is not recorded.
   */
  public Incoming.Message[] messages(SeenChat chat, String[] texts, int count) {
    Incoming.Message[] list = new Incoming.Message[count];
    for (int i = 0; i < count; i++) {
      list[i] = message(chat, texts[i % texts.length]);
    }
    return list;
  }

  /** A simulated second later, then the dispatcher's decision. */
  public Effects decide(Incoming.Message message) {
    clock.advance(SECOND);
    return dispatcher.dispatch(message);
  }

  public CacheStats cacheStats() {
    return dispatcher.cacheStats();
  }

  public Instant now() {
    return clock.instant();
  }

  private ChatBlacklist blacklist() {
    List<BlacklistEntry> entries = new ArrayList<>(words.size());
    for (String w : words) {
      entries.add(BlacklistEntry.of(BlacklistWord.parse(new String(w)).word().orElseThrow()));
    }
    return new ChatBlacklist(BlacklistAction.DEFAULT, entries);
  }

  private List<Filter> filters() {
    List<Filter> list = new ArrayList<>(triggers.size());
    for (String t : triggers) {
      list.add(new Filter(FilterTrigger.parse(new String(t)).trigger().orElseThrow(),
          StoredContent.text("Reply to <b>" + t + "</b>, {first}!")));
    }
    return list;
  }

  /** Words of 4-12 letters ending in {@code suffix}, which the messages never contain. */
  private static List<String> texts(Random random, int count, String suffix) {
    List<String> texts = new ArrayList<>(count);
    while (texts.size() < count) {
      StringBuilder w = new StringBuilder();
      int length = 4 + random.nextInt(9);
      for (int i = 0; i < length; i++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      String text = w.append(suffix).toString();
      if (!texts.contains(text)) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * A store of {@code port} whose named reads answer every chat through {@code reads}; any other method answers
   * nothing (empty, zero, false), as a database without rows for it would. The benches never write.
   */
  @SuppressWarnings("unchecked")
  static <T> T template(Class<T> port, Map<String, Function<ChatId, Object>> reads) {
    return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
      Function<ChatId, Object> read = reads.get(method.getName());
      if (read != null && args != null && args.length == 1 && args[0] instanceof ChatId chat) {
        return read.apply(chat);
      }
      Class<?> type = method.getReturnType();
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> port.getSimpleName() + " (bench template)";
        };
      }
      if (type == void.class) {
        return null;
      } else if (type == boolean.class) {
        return false;
      } else if (type == int.class) {
        return 0;
      } else if (type == long.class) {
        return 0L;
      } else if (type == Optional.class) {
        return Optional.empty();
      } else if (type == OptionalInt.class) {
        return OptionalInt.empty();
      } else if (type == List.class) {
        return List.of();
      } else if (type == Set.class) {
        return Set.of();
      } else if (type == Map.class) {
        return Map.of();
      }
      throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName() + " in a bench");
    });
  }
}
