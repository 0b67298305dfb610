package io.alita.domain.devs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.model.UserId;
import org.junit.jupiter.api.Test;

class BotTeamTest {

  private static final UserId OWNER = UserId.of(1);
  private static final UserId DEV = UserId.of(2);
  private static final UserId SUDO = UserId.of(3);
  private static final UserId STRANGER = UserId.of(4);

  private final InMemoryTeamStore store = new InMemoryTeamStore();
  private final BotTeam team = new BotTeam(OWNER, store);

  {
    store.appoint(DEV, TeamRole.DEV);
    store.appoint(SUDO, TeamRole.SUDO);
  }

  @Test
  void theOwnerHoldsEveryLevel() {
    assertTrue(team.has(OWNER, TeamLevel.OWNER));
    assertTrue(team.has(OWNER, TeamLevel.DEV));
    assertTrue(team.has(OWNER, TeamLevel.SUDO));
  }

  @Test
  void aDevHoldsDevAndSudoButNotOwner() {
    assertFalse(team.has(DEV, TeamLevel.OWNER));
    assertTrue(team.has(DEV, TeamLevel.DEV));
    assertTrue(team.has(DEV, TeamLevel.SUDO));
  }

  @Test
  void aSudoUserHoldsOnlySudo() {
    assertFalse(team.has(SUDO, TeamLevel.OWNER));
    assertFalse(team.has(SUDO, TeamLevel.DEV));
    assertTrue(team.has(SUDO, TeamLevel.SUDO));
  }

  @Test
  void someoneOffTheTeamHoldsNothing() {
    assertFalse(team.has(STRANGER, TeamLevel.SUDO));
  }

  @Test
  void aChangeInTheStoreCountsAtOnce() {
    store.dismiss(DEV);

    assertFalse(team.has(DEV, TeamLevel.SUDO));
  }
}
