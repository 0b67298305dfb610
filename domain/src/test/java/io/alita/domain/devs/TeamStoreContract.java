package io.alita.domain.devs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.UserId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TeamStore} does, written once and run against the in-memory fake and the PostgreSQL adapter. A subclass
 * provides an empty store for each test and a way to make the bot have seen a user under a name.
 */
public abstract class TeamStoreContract {

  protected static final UserId ADA = UserId.of(101);
  protected static final UserId CHARLES = UserId.of(102);
  protected static final UserId MARY = UserId.of(103);

  protected abstract TeamStore store();

  /** Makes the bot know {@code user} by {@code name}, the way tracking records the users it sees. */
  protected abstract void userSeen(UserId user, String name);

  @Test
  void aUserNotOnTheTeamHasNoRole() {
    assertEquals(Optional.empty(), store().role(ADA));
    assertEquals(List.of(), store().members());
  }

  @Test
  void anAppointedUserHoldsTheirRole() {
    store().appoint(ADA, TeamRole.DEV);
    store().appoint(CHARLES, TeamRole.SUDO);

    assertEquals(Optional.of(TeamRole.DEV), store().role(ADA));
    assertEquals(Optional.of(TeamRole.SUDO), store().role(CHARLES));
  }

  @Test
  void appointingAgainReplacesTheRole() {
    store().appoint(ADA, TeamRole.SUDO);
    store().appoint(ADA, TeamRole.DEV);

    assertEquals(Optional.of(TeamRole.DEV), store().role(ADA));
    assertEquals(1, store().members().size());

    store().appoint(ADA, TeamRole.SUDO);
    assertEquals(Optional.of(TeamRole.SUDO), store().role(ADA));
  }

  @Test
  void aDismissedUserIsOffTheTeamAndTheOthersStay() {
    store().appoint(ADA, TeamRole.DEV);
    store().appoint(CHARLES, TeamRole.DEV);

    store().dismiss(ADA);

    assertEquals(Optional.empty(), store().role(ADA));
    assertEquals(Optional.of(TeamRole.DEV), store().role(CHARLES));
  }

  @Test
  void dismissingSomeoneNotOnTheTeamDoesNothing() {
    store().appoint(CHARLES, TeamRole.SUDO);

    store().dismiss(ADA);

    assertEquals(List.of(new TeamMember(CHARLES, TeamRole.SUDO, Optional.empty())), store().members());
  }

  @Test
  void membersAreListedDevsFirstThenSudoUsersEachByUserId() {
    store().appoint(MARY, TeamRole.SUDO);
    store().appoint(CHARLES, TeamRole.DEV);
    store().appoint(ADA, TeamRole.SUDO);
    store().appoint(UserId.of(7), TeamRole.DEV);

    assertEquals(List.of(UserId.of(7), CHARLES, ADA, MARY), store().members().stream().map(TeamMember::user).toList());
    assertEquals(List.of(TeamRole.DEV, TeamRole.DEV, TeamRole.SUDO, TeamRole.SUDO),
        store().members().stream().map(TeamMember::role).toList());
  }

  @Test
  void aMemberTheBotHasSeenIsListedWithTheirName() {
    userSeen(ADA, "Ada Lovelace");

    store().appoint(ADA, TeamRole.DEV);

    assertEquals(List.of(new TeamMember(ADA, TeamRole.DEV, Optional.of("Ada Lovelace"))), store().members());
  }

  @Test
  void aMemberTheBotNeverSawIsListedWithoutAName() {
    store().appoint(UserId.of(999_999_999L), TeamRole.SUDO);

    assertEquals(List.of(new TeamMember(UserId.of(999_999_999L), TeamRole.SUDO, Optional.empty())), store().members());
  }
}
