package io.alita.bench;

import io.alita.domain.action.Effects;
import io.alita.domain.cache.CacheLimits;
import io.alita.domain.cache.CacheStats;
import io.alita.domain.tracking.SeenChat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.Random;

/**
 * Memory per cached chat, and that the per-chat caches stay bounded: for 10, 1,000 and 100,000 chats with demanding
 * settings ({@link ProtectedChats}: 500 blacklisted words, 150 filters, the url lock, antiflood, captcha), one message
 * in each chat loads every cache of it (the built automata included); then the heap the assembled bot retains is
 * measured after garbage collection ({@link MemoryMXBean}, after {@code System.gc()} until the figure settles).
 *
 * <p>Target (decision 0038): with the caches' size limit, the 100,000-chat case keeps at most the limit of chats per
 * cache, and its heap stays within the limit times the measured cost of one chat (plus a quarter for slack), instead
 * of growing with every chat ever seen. The limit is {@code SETTINGS_CACHE_MAX_CHATS}'s default unless
 * {@code -Dchats.limit=N} says otherwise; the arguments, if any, are the chat counts instead of 10, 1,000 and
 * 100,000. Run with {@code make bench}.
 */
public final class CacheMemoryBench {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private CacheMemoryBench() {}

  public static void main(String[] args) {
    int limit = Integer.getInteger("chats.limit", CacheLimits.DEFAULT.maxChats());
    CacheLimits limits = new CacheLimits(limit, CacheLimits.DEFAULT.idle());
    System.out.println("Memory per cached chat (" + ProtectedChats.BLACKLIST_WORDS + " blacklisted words, "
        + ProtectedChats.FILTERS + " filters, url lock, antiflood, captcha on; retained heap after GC; JDK "
        + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB)");
    System.out.println("Caches limited to " + limit + " chats each, idle " + limits.idle().toMinutes() + " min");
    System.out.println();

    long baseline = retained();
    double perChat = 0;
    System.out.printf(Locale.ROOT, "| %8s | %12s | %12s | %12s | %14s | %-38s |%n", "chats", "chats kept", "heap (MB)",
        "bytes / chat", "load (s)", "target");
    System.out.println("|----------|--------------|--------------|--------------|----------------|"
        + "----------------------------------------|");
    int[] counts = args.length == 0 ? new int[] {10, 1_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    for (int chats : counts) {
      ProtectedChats bot = new ProtectedChats(limits);
      long empty = retained() - baseline;
      long t0 = System.nanoTime();
      Random random = new Random(17);
      long cachesPerChat = 0;
      for (int i = 0; i < chats; i++) {
        SeenChat chat = ProtectedChats.chat(i);
        Effects effects = bot.decide(bot.message(chat, ProtectedChats.text(random, 12)));
        if (!effects.actions().isEmpty()) {
          throw new IllegalStateException("an ordinary message was acted on: " + effects.actions());
        }
        if (i == 0) {
          cachesPerChat = bot.cacheStats().misses(); // the caches one chat's message loads
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      long heap = retained() - baseline - empty;
      CacheStats stats = bot.cacheStats();
      long kept = stats.size() / cachesPerChat;
      double bytesPerChat = (double) heap / kept;
      String target;
      boolean met;
      if (chats <= limit) {
        perChat = bytesPerChat; // the largest case below the limit: the fixed costs weigh least there
        met = kept == chats;
        target = "all " + chats + " kept (below the limit)";
      } else {
        double boundMb = limit * perChat * 1.25 / (1 << 20);
        met = stats.size() <= limit * cachesPerChat && heap / (double) (1 << 20) <= boundMb;
        target = String.format(Locale.ROOT, "bounded: <= %d chats, <= %.0f MB", limit, boundMb);
      }
      System.out.printf(Locale.ROOT, "| %8d | %12d | %12.1f | %12.0f | %14.1f | %-38s |%n", chats, kept,
          heap / (double) (1 << 20), bytesPerChat, seconds, target + (met ? "  ok" : "  MISSED"));
      if (chats > limit) {
        System.out.printf(Locale.ROOT, "%nWithout the limit, %d chats would keep about %.0f MB (%d x %.0f bytes); "
            + "evictions: %d, loads: %d%n", chats, chats * perChat / (1 << 20), chats, perChat, stats.evictions(),
            stats.misses());
      }
      if (bot.now() == null) {
        throw new AssertionError(); // keeps the bot reachable until it is measured
      }
    }
  }

  /** Heap in use after collecting until two readings agree within 1%. */
  private static long retained() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < used / 100) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
