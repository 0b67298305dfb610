package io.alita.domain.backup;

/** The cooldown contract on the in-memory fake the module tests use. */
class InMemoryBackupCooldownsTest extends BackupCooldownsContract {

  private final InMemoryBackupCooldowns cooldowns = new InMemoryBackupCooldowns();

  @Override
  protected BackupCooldowns cooldowns() {
    return cooldowns;
  }
}
