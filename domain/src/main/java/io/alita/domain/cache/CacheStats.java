package io.alita.domain.cache;

/**
 * What one or more {@link PerChatCache}s did since they were made.
 *
 * @param hits reads served from memory
 * @param misses reads that loaded (first use, after an invalidation, after the chat went idle or was evicted)
 * @param evictions chats dropped for the limits (idle, or least recently used above the size limit); invalidations
 *     are not counted
 * @param size chats held now
 */
public record CacheStats(long hits, long misses, long evictions, long size) {

  public static final CacheStats NONE = new CacheStats(0, 0, 0, 0);

  /** The sum of both. */
  public CacheStats plus(CacheStats other) {
    return new CacheStats(hits + other.hits, misses + other.misses, evictions + other.evictions, size + other.size);
  }
}
