package io.alita.domain.filters;

import io.alita.domain.content.ContentType;
import io.alita.domain.content.StoredContent;
import io.alita.domain.update.Media;
import java.util.Optional;

/**
 * What an overwrite question keeps for its Yes (the stored confirmation's payload, never a button): the trigger and
 * the new reply, in a text that reads back exactly. Layout: {@code f1|<type code>|<n>:<file id><n>:<trigger><reply>},
 * the reply as an admin would type it again ({@link StoredContent#noformat()}: its buttons as markup).
 */
final class FilterPayload {

  private static final String VERSION = "f1|";

  private FilterPayload() {}

  static String write(FilterTrigger trigger, StoredContent content) {
    StringBuilder out = new StringBuilder(VERSION).append(content.type().code()).append('|');
    counted(out, content.fileId());
    counted(out, trigger.value());
    return out.append(content.noformat()).toString();
  }

  /** The trigger and reply {@code payload} holds; empty when it is not one this class wrote. */
  static Optional<Filter> read(String payload) {
    if (payload == null || !payload.startsWith(VERSION)) {
      return Optional.empty();
    }
    try {
      int bar = payload.indexOf('|', VERSION.length());
      Optional<ContentType> type = ContentType.ofCode(Integer.parseInt(payload.substring(VERSION.length(), bar)));
      int[] at = {bar + 1};
      String fileId = counted(payload, at);
      String trigger = counted(payload, at);
      String source = payload.substring(at[0]);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      StoredContent content = type.get().isMedia()
          ? StoredContent.media(new Media(type.get(), fileId), source)
          : StoredContent.text(source);
      return Optional.of(new Filter(new FilterTrigger(trigger), content));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void counted(StringBuilder out, String value) {
    out.append(value.length()).append(':').append(value);
  }

  private static String counted(String payload, int[] at) {
    int colon = payload.indexOf(':', at[0]);
    int length = Integer.parseInt(payload.substring(at[0], colon));
    String value = payload.substring(colon + 1, colon + 1 + length);
    at[0] = colon + 1 + length;
    return value;
  }
}
