package io.alita.domain.action;

/**
 * What members (or one restricted member) may do in a group: Telegram's {@code ChatPermissions}.
 * A mute is {@link #NOTHING}; an unmute restores the chat's own default permissions.
 */
public record ChatPermissions(
    boolean sendMessages,
    boolean sendAudios,
    boolean sendDocuments,
    boolean sendPhotos,
    boolean sendVideos,
    boolean sendVideoNotes,
    boolean sendVoiceNotes,
    boolean sendPolls,
    boolean sendOtherMessages,
    boolean addWebPagePreviews,
    boolean changeInfo,
    boolean inviteUsers,
    boolean pinMessages,
    boolean manageTopics) {

  /** Nothing at all: a muted member. */
  public static final ChatPermissions NOTHING =
      new ChatPermissions(false, false, false, false, false, false, false, false, false, false, false, false, false, false);

  /** Telegram's defaults for a new group: everything members can usually do, none of the admin-like rights. */
  public static final ChatPermissions MEMBER_DEFAULTS =
      new ChatPermissions(true, true, true, true, true, true, true, true, true, true, false, false, false, false);

  public boolean canSendAnything() {
    return sendMessages || sendAudios || sendDocuments || sendPhotos || sendVideos || sendVideoNotes || sendVoiceNotes
        || sendPolls || sendOtherMessages;
  }
}
