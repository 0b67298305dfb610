package io.alita.domain.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ApprovalStore} does, written once and run against the in-memory fake and the PostgreSQL adapter.
 * A subclass provides an empty store for each test.
 */
public abstract class ApprovalStoreContract {

  protected static final ChatId CHAT = ChatId.of(-1001);
  protected static final ChatId OTHER_CHAT = ChatId.of(-1002);
  protected static final UserId ADA = UserId.of(101);
  protected static final UserId BOB = UserId.of(102);
  protected static final UserId ADMIN = UserId.of(900);
  protected static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
  protected static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");

  protected abstract ApprovalStore store();

  protected static Approval approval(UserId user, String reason, Instant at) {
    return new Approval(user, reason, ADMIN, at);
  }

  @Test
  void aChatThatApprovedNobodyHasNoApprovals() {
    assertEquals(List.of(), store().approvals(CHAT));
    assertEquals(Set.of(), store().approvedUsers(CHAT));
    assertEquals(Optional.empty(), store().approval(CHAT, ADA));
  }

  @Test
  void anApprovalComesBackWithItsReasonApproverAndTime() {
    Approval given = approval(ADA, "trusted helper", MONDAY);

    assertTrue(store().approve(CHAT, given));

    assertEquals(Optional.of(given), store().approval(CHAT, ADA));
    assertEquals(Set.of(ADA), store().approvedUsers(CHAT));
    assertEquals(List.of(given), store().approvals(CHAT));
  }

  @Test
  void approvingTwiceKeepsTheFirstApproval() {
    Approval first = approval(ADA, "first", MONDAY);
    store().approve(CHAT, first);

    assertFalse(store().approve(CHAT, approval(ADA, "second", TUESDAY)));

    assertEquals(Optional.of(first), store().approval(CHAT, ADA));
  }

  @Test
  void reasonsComeBackExactlyAsStored() {
    String tricky = "\"quoted\" \\ back <b>&amp;</b> ünïcödé 🚀\nsecond line";
    store().approve(CHAT, approval(ADA, tricky, MONDAY));

    assertEquals(tricky, store().approval(CHAT, ADA).orElseThrow().reason());
  }

  @Test
  void unapprovingTakesTheApprovalBackOnce() {
    store().approve(CHAT, approval(ADA, "", MONDAY));
    store().approve(CHAT, approval(BOB, "", MONDAY));

    assertTrue(store().unapprove(CHAT, ADA));
    assertFalse(store().unapprove(CHAT, ADA));

    assertEquals(Set.of(BOB), store().approvedUsers(CHAT));
    assertEquals(Optional.empty(), store().approval(CHAT, ADA));
  }

  @Test
  void approvalsAreListedOldestFirstThenByUserId() {
    Approval bobMonday = approval(BOB, "b", MONDAY);
    Approval adaTuesday = approval(ADA, "a", TUESDAY);
    Approval adminMonday = approval(ADMIN, "c", MONDAY);
    store().approve(CHAT, adaTuesday);
    store().approve(CHAT, adminMonday);
    store().approve(CHAT, bobMonday);

    assertEquals(List.of(bobMonday, adminMonday, adaTuesday), store().approvals(CHAT));
  }

  @Test
  void approvalsBelongToOneChat() {
    store().approve(CHAT, approval(ADA, "", MONDAY));

    assertEquals(Set.of(), store().approvedUsers(OTHER_CHAT));
    assertFalse(store().unapprove(OTHER_CHAT, ADA));
    assertTrue(store().approve(OTHER_CHAT, approval(ADA, "", TUESDAY)));
    assertEquals(MONDAY, store().approval(CHAT, ADA).orElseThrow().approvedAt());
  }

  @Test
  void unapproveAllEmptiesOneChatAndCountsWhatItRemoved() {
    store().approve(CHAT, approval(ADA, "", MONDAY));
    store().approve(CHAT, approval(BOB, "", MONDAY));
    store().approve(OTHER_CHAT, approval(ADA, "", MONDAY));

    assertEquals(2, store().unapproveAll(CHAT));

    assertEquals(Set.of(), store().approvedUsers(CHAT));
    assertEquals(Set.of(ADA), store().approvedUsers(OTHER_CHAT));
    assertEquals(0, store().unapproveAll(CHAT));
  }
}
