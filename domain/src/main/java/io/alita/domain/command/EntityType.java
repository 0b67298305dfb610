package io.alita.domain.command;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kind of a {@link MessageEntity}, named after the Bot API's {@code MessageEntity.type}. */
public enum EntityType {
  MENTION("mention"),
  HASHTAG("hashtag"),
  CASHTAG("cashtag"),
  BOT_COMMAND("bot_command"),
  URL("url"),
  EMAIL("email"),
  PHONE_NUMBER("phone_number"),
  BOLD("bold"),
  ITALIC("italic"),
  UNDERLINE("underline"),
  STRIKETHROUGH("strikethrough"),
  SPOILER("spoiler"),
  BLOCKQUOTE("blockquote"),
  EXPANDABLE_BLOCKQUOTE("expandable_blockquote"),
  CODE("code"),
  PRE("pre"),
  TEXT_LINK("text_link"),
  TEXT_MENTION("text_mention"),
  CUSTOM_EMOJI("custom_emoji"),
  /** Any type this code does not know yet; Telegram adds entity types from time to time. */
  OTHER("other");

  private static final Map<String, EntityType> BY_API_NAME =
      Arrays.stream(values()).filter(t -> t != OTHER).collect(Collectors.toUnmodifiableMap(t -> t.apiName, Function.identity()));

  private final String apiName;

  EntityType(String apiName) {
    this.apiName = apiName;
  }

  /** The Bot API spelling, e.g. {@code text_mention}. */
  public String apiName() {
    return apiName;
  }

  /** Maps a Bot API type name to its constant; unknown or absent names become {@link #OTHER} rather than failing the update. */
  public static EntityType fromApiName(String apiName) {
    if (apiName == null) {
      return OTHER;
    }
    return BY_API_NAME.getOrDefault(apiName, OTHER);
  }
}
