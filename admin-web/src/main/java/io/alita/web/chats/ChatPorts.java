package io.alita.web.chats;

import io.alita.domain.antiflood.FloodSettingsStore;
import io.alita.domain.approvals.ApprovalStore;
import io.alita.domain.audit.Changes;
import io.alita.domain.bans.UserNames;
import io.alita.domain.blacklists.BlacklistEdit;
import io.alita.domain.blacklists.BlacklistStore;
import io.alita.domain.captcha.CaptchaSettingsChange;
import io.alita.domain.captcha.CaptchaStore;
import io.alita.domain.console.ChatDirectory;
import io.alita.domain.i18n.Messages;
import io.alita.domain.locks.LockStore;
import io.alita.domain.rules.RulesEdit;
import io.alita.domain.rules.RulesStore;
import io.alita.domain.warns.WarnSettingsChange;
import io.alita.domain.warns.WarnStore;
import io.alita.domain.warns.WarnedMembers;
import java.util.Objects;

/**
 * What the chat pages need from the domain: the use cases every change goes through (the same ones the bot's
 * commands call) and the read-only ports the pages show current values from.
 *
 * @param changes commits a console change as the signed-in user, so the audit log names them
 * @param messages the language the pages describe settings in (the use cases bring their own)
 */
public record ChatPorts(
    ChatDirectory directory,
    Changes changes,
    CaptchaSettingsChange captchaChange,
    WarnSettingsChange warnChange,
    BlacklistEdit blacklistEdit,
    RulesEdit rulesEdit,
    CaptchaStore captcha,
    WarnStore warns,
    WarnedMembers warned,
    BlacklistStore blacklists,
    RulesStore rules,
    LockStore locks,
    FloodSettingsStore antiflood,
    ApprovalStore approvals,
    UserNames names,
    Messages messages) {

  public ChatPorts {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(captchaChange, "captchaChange");
    Objects.requireNonNull(warnChange, "warnChange");
    Objects.requireNonNull(blacklistEdit, "blacklistEdit");
    Objects.requireNonNull(rulesEdit, "rulesEdit");
    Objects.requireNonNull(captcha, "captcha");
    Objects.requireNonNull(warns, "warns");
    Objects.requireNonNull(warned, "warned");
    Objects.requireNonNull(blacklists, "blacklists");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(locks, "locks");
    Objects.requireNonNull(antiflood, "antiflood");
    Objects.requireNonNull(approvals, "approvals");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(messages, "messages");
  }
}
