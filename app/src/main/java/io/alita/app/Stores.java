package io.alita.app;

import io.alita.domain.approvals.Approvals;
import io.alita.domain.dispatch.UpdateInbox;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.postgres.admin.MyBatisAdminSettingsStore;
import io.alita.postgres.admin.MyBatisUserNames;
import io.alita.postgres.antiflood.MyBatisFloodSettingsStore;
import io.alita.postgres.antiraid.MyBatisRaidStore;
import io.alita.postgres.approvals.MyBatisApprovalStore;
import io.alita.postgres.audit.MyBatisAttribution;
import io.alita.postgres.audit.MyBatisAuditTrail;
import io.alita.postgres.audit.MyBatisChanges;
import io.alita.postgres.blacklists.MyBatisBlacklistStore;
import io.alita.postgres.filters.MyBatisFiltersStore;
import io.alita.postgres.captcha.MyBatisCaptchaStore;
import io.alita.postgres.confirm.MyBatisConfirmationStore;
import io.alita.postgres.connections.MyBatisConnectionsStore;
import io.alita.postgres.console.MyBatisChatDirectory;
import io.alita.postgres.console.MyBatisConsoleStores;
import io.alita.postgres.devs.MyBatisBotStats;
import io.alita.postgres.devs.MyBatisKnownChats;
import io.alita.postgres.devs.MyBatisTeamStore;
import io.alita.postgres.disabling.MyBatisDisableStore;
import io.alita.postgres.inbox.MyBatisUpdateInbox;
import io.alita.postgres.locks.MyBatisLockStore;
import io.alita.postgres.misc.MyBatisUserProfiles;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.notes.MyBatisNotesStore;
import io.alita.postgres.pins.MyBatisPinsStore;
import io.alita.postgres.reactions.MyBatisReactionsStore;
import io.alita.postgres.greetings.MyBatisGreetingsStore;
import io.alita.postgres.reports.MyBatisReportStore;
import io.alita.postgres.rules.MyBatisRulesStore;
import io.alita.postgres.tracking.MyBatisSeenStore;
import io.alita.postgres.tracking.MyBatisUserDirectory;
import io.alita.postgres.transaction.MyBatisUpdateTransactions;
import io.alita.postgres.warns.MyBatisWarnStore;
import java.util.Objects;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Every PostgreSQL store of the process, built once: the worker, the console's pages and its sandbox share these
 * instances (the sandbox's writes stay its own because it runs them in a transaction that is rolled back, not because
 * it has stores of its own).
 */
public record Stores(
    Sessions sessions,
    UpdateTransactions transactions,
    UpdateInbox inbox,
    MyBatisConfirmationStore confirmations,
    MyBatisAttribution attribution,
    MyBatisChanges changes,
    MyBatisAuditTrail audit,
    MyBatisSeenStore seen,
    MyBatisUserDirectory directory,
    MyBatisUserNames userNames,
    MyBatisUserProfiles userProfiles,
    MyBatisAdminSettingsStore adminSettings,
    MyBatisTeamStore team,
    MyBatisBotStats botStats,
    MyBatisKnownChats knownChats,
    MyBatisRulesStore rules,
    MyBatisWarnStore warns,
    MyBatisApprovalStore approvals,
    MyBatisLockStore locks,
    MyBatisFloodSettingsStore flood,
    MyBatisRaidStore raids,
    MyBatisBlacklistStore blacklists,
    MyBatisFiltersStore filters,
    MyBatisCaptchaStore captcha,
    MyBatisConsoleStores console,
    MyBatisChatDirectory chats,
    MyBatisNotesStore notes,
    MyBatisGreetingsStore greetings,
    MyBatisDisableStore disabling,
    MyBatisReportStore reports,
    MyBatisPinsStore pins,
    MyBatisReactionsStore reactions,
    MyBatisConnectionsStore connections,
    io.alita.postgres.languages.MyBatisLanguageStore languages,
    io.alita.postgres.backup.PostgresBackupStore backups) {

  public Stores {
    Objects.requireNonNull(sessions, "sessions");
  }

  /** Every store on {@code sessions} (and, for the two that batch their own work, on {@code factory}). */
  public static Stores on(Sessions sessions, SqlSessionFactory factory) {
    return new Stores(sessions, new MyBatisUpdateTransactions(sessions), new MyBatisUpdateInbox(sessions),
        new MyBatisConfirmationStore(sessions), new MyBatisAttribution(sessions), new MyBatisChanges(sessions),
        new MyBatisAuditTrail(sessions), new MyBatisSeenStore(factory), new MyBatisUserDirectory(factory),
        new MyBatisUserNames(sessions), new MyBatisUserProfiles(sessions), new MyBatisAdminSettingsStore(sessions),
        new MyBatisTeamStore(sessions), new MyBatisBotStats(sessions), new MyBatisKnownChats(sessions),
        new MyBatisRulesStore(sessions), new MyBatisWarnStore(sessions), new MyBatisApprovalStore(sessions),
        new MyBatisLockStore(sessions), new MyBatisFloodSettingsStore(sessions), new MyBatisRaidStore(sessions),
        new MyBatisBlacklistStore(sessions), new MyBatisFiltersStore(sessions),
        new MyBatisCaptchaStore(sessions), new MyBatisConsoleStores(sessions),
        new MyBatisChatDirectory(sessions), new MyBatisNotesStore(sessions),
        new MyBatisGreetingsStore(sessions), new MyBatisDisableStore(sessions), new MyBatisReportStore(sessions),
        new MyBatisPinsStore(sessions), new MyBatisReactionsStore(sessions), new MyBatisConnectionsStore(sessions),
        new io.alita.postgres.languages.MyBatisLanguageStore(sessions),
        new io.alita.postgres.backup.PostgresBackupStore(sessions));
  }

  /** The approved lists as the protection modules read them: a cache of its own for each assembly. */
  public Approvals approvedLists() {
    return new Approvals(approvals);
  }
}
