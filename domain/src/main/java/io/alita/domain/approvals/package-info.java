/**
 * Approvals: admins approve members, who are then exempt from locks, blacklists, antiflood, captcha and antiraid.
 * {@link io.alita.domain.approvals.Approvals} answers "is this member approved?" from a per-chat cache for the other
 * modules; approvals live behind the {@link io.alita.domain.approvals.ApprovalStore} port;
 * {@link io.alita.domain.approvals.ApprovalsModule} declares the commands and buttons.
 */
package io.alita.domain.approvals;
