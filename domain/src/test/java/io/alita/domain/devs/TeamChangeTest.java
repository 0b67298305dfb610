package io.alita.domain.devs;

import static io.alita.domain.devs.TeamChange.Request.ADD_DEV;
import static io.alita.domain.devs.TeamChange.Request.ADD_SUDO;
import static io.alita.domain.devs.TeamChange.Request.REMOVE_DEV;
import static io.alita.domain.devs.TeamChange.Request.REMOVE_SUDO;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.devs.TeamChange.Change;
import io.alita.domain.devs.TeamChange.Refusal;
import io.alita.domain.devs.TeamChange.Refused;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamChangeTest {

  private static final Optional<TeamRole> NONE = Optional.empty();
  private static final Optional<TeamRole> DEV = Optional.of(TeamRole.DEV);
  private static final Optional<TeamRole> SUDO = Optional.of(TeamRole.SUDO);

  @ParameterizedTest
  @EnumSource(TeamChange.Request.class)
  void theOwnerIsNeverChanged(TeamChange.Request request) {
    assertEquals(new Refused(Refusal.IS_OWNER), TeamChange.decide(request, true, NONE));
  }

  @Test
  void adddevAppointsAnyoneButADev() {
    assertEquals(new Change(DEV), TeamChange.decide(ADD_DEV, false, NONE));
    assertEquals(new Change(DEV), TeamChange.decide(ADD_DEV, false, SUDO));
    assertEquals(new Refused(Refusal.ALREADY_DEV), TeamChange.decide(ADD_DEV, false, DEV));
  }

  @Test
  void addsudoAppointsSomeoneOffTheTeamButDoesNotDemoteADev() {
    assertEquals(new Change(SUDO), TeamChange.decide(ADD_SUDO, false, NONE));
    assertEquals(new Refused(Refusal.ALREADY_SUDO), TeamChange.decide(ADD_SUDO, false, SUDO));
    assertEquals(new Refused(Refusal.DEV_NOT_SUDO), TeamChange.decide(ADD_SUDO, false, DEV));
  }

  @Test
  void removalTakesOnlyTheRoleItNames() {
    assertEquals(new Change(NONE), TeamChange.decide(REMOVE_DEV, false, DEV));
    assertEquals(new Refused(Refusal.NOT_DEV), TeamChange.decide(REMOVE_DEV, false, SUDO));
    assertEquals(new Refused(Refusal.NOT_DEV), TeamChange.decide(REMOVE_DEV, false, NONE));
    assertEquals(new Change(NONE), TeamChange.decide(REMOVE_SUDO, false, SUDO));
    assertEquals(new Refused(Refusal.NOT_SUDO), TeamChange.decide(REMOVE_SUDO, false, DEV));
    assertEquals(new Refused(Refusal.NOT_SUDO), TeamChange.decide(REMOVE_SUDO, false, NONE));
  }
}
