package io.alita.postgres.mybatis;

import io.alita.postgres.admin.AdminSettingsMapper;
import io.alita.postgres.admin.UserNameMapper;
import io.alita.postgres.antiflood.FloodSettingsMapper;
import io.alita.postgres.antiraid.RaidMapper;
import io.alita.postgres.approvals.ApprovalMapper;
import io.alita.postgres.audit.AuditMapper;
import io.alita.postgres.blacklists.BlacklistMapper;
import io.alita.postgres.captcha.CaptchaMapper;
import io.alita.postgres.confirm.ConfirmationMapper;
import io.alita.postgres.connections.ConnectionsMapper;
import io.alita.postgres.console.ChatDirectoryMapper;
import io.alita.postgres.console.ConsoleMapper;
import io.alita.postgres.devs.DevReportsMapper;
import io.alita.postgres.disabling.DisableMapper;
import io.alita.postgres.devs.TeamMapper;
import io.alita.postgres.greetings.GreetingsMapper;
import io.alita.postgres.filters.FiltersMapper;
import io.alita.postgres.inbox.UpdateInboxMapper;
import io.alita.postgres.locks.LockMapper;
import io.alita.postgres.misc.UserProfileMapper;
import io.alita.postgres.notes.NotesMapper;
import io.alita.postgres.pins.PinsMapper;
import io.alita.postgres.reactions.ReactionsMapper;
import io.alita.postgres.reports.ReportMapper;
import io.alita.postgres.rules.RulesMapper;
import io.alita.postgres.tracking.SeenMapper;
import io.alita.postgres.transaction.ProcessedEventMapper;
import io.alita.postgres.warns.WarnMapper;
import java.util.List;

/**
 * The one list of this adapter's MyBatis mappers: a factory built with it ({@link MyBatis#sessionFactory(
 * javax.sql.DataSource)}) serves every store here. A new mapper is added here and nowhere else (a test compares this
 * list with the mapper XML files). {@link ActorMapper} is not in it: {@link MyBatis#sessionFactory} always registers
 * it.
 */
public final class Mappers {

  /** Every store mapper, in no particular order. */
  public static final List<Class<?>> ALL = List.of(
      AdminSettingsMapper.class,
      UserNameMapper.class,
      FloodSettingsMapper.class,
      RaidMapper.class,
      ApprovalMapper.class,
      AuditMapper.class,
      BlacklistMapper.class,
      CaptchaMapper.class,
      ConfirmationMapper.class,
      ChatDirectoryMapper.class,
      ConsoleMapper.class,
      DevReportsMapper.class,
      FiltersMapper.class,
      TeamMapper.class,
      UpdateInboxMapper.class,
      LockMapper.class,
      UserProfileMapper.class,
      RulesMapper.class,
      SeenMapper.class,
      ProcessedEventMapper.class,
      WarnMapper.class,
      NotesMapper.class,
      GreetingsMapper.class,
      DisableMapper.class,
      ReportMapper.class,
      PinsMapper.class,
      ReactionsMapper.class,
      ConnectionsMapper.class,
      io.alita.postgres.languages.LanguageMapper.class,
      io.alita.postgres.backup.BackupMapper.class);

  private Mappers() {}
}
