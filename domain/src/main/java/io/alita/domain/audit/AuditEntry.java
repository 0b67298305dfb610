package io.alita.domain.audit;

import io.alita.domain.model.ChatId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One change of one row of a chat's settings, as the audit log recorded it.
 *
 * @param id the entry's number in the log (ascending with time)
 * @param at when the change was committed (the start of its transaction)
 * @param actor who made it, and through which door
 * @param chat the chat whose settings changed
 * @param subject what changed: the table ({@code captcha_settings}, {@code blacklists}, {@code warns_users}, ...)
 * @param change whether the row was added, changed or removed
 * @param fields the row's fields that a human set, before and after; bookkeeping (ids, timestamps) is left out
 */
public record AuditEntry(long id, Instant at, Actor actor, ChatId chat, String subject, ChangeKind change,
    List<FieldChange> fields) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(change, "change");
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
  }

  /** The fields as readable lines, {@code field: old -> new}, one per field. */
  public List<String> lines() {
    return fields.stream().map(FieldChange::text).toList();
  }

  /** The fields on one line: {@code word: spam; action: warn -> ban}. */
  public String summary() {
    return fields.stream().map(FieldChange::text).collect(Collectors.joining("; "));
  }
}
