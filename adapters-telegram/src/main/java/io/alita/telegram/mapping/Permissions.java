package io.alita.telegram.mapping;

import io.alita.domain.action.ChatPermissions;

/** The domain's {@link ChatPermissions} and Telegram's {@code ChatPermissions}, both ways. */
public final class Permissions {

  private Permissions() {}

  /**
   * Telegram's form, every field set explicitly: with {@code use_independent_chat_permissions} an omitted field means
   * "not allowed", and being explicit keeps the request readable in logs and tests.
   */
  public static org.telegram.telegrambots.meta.api.objects.ChatPermissions toTelegram(ChatPermissions p) {
    return org.telegram.telegrambots.meta.api.objects.ChatPermissions.builder()
        .canSendMessages(p.sendMessages())
        .canSendAudios(p.sendAudios())
        .canSendDocuments(p.sendDocuments())
        .canSendPhotos(p.sendPhotos())
        .canSendVideos(p.sendVideos())
        .canSendVideoNotes(p.sendVideoNotes())
        .canSendVoiceNotes(p.sendVoiceNotes())
        .canSendPolls(p.sendPolls())
        .canSendOtherMessages(p.sendOtherMessages())
        .canAddWebPagePreviews(p.addWebPagePreviews())
        .canChangeInfo(p.changeInfo())
        .canInviteUsers(p.inviteUsers())
        .canPinMessages(p.pinMessages())
        .canManageTopics(p.manageTopics())
        .build();
  }

  /** The domain's form; a field Telegram left out counts as not allowed. */
  public static ChatPermissions fromTelegram(org.telegram.telegrambots.meta.api.objects.ChatPermissions p) {
    return new ChatPermissions(
        yes(p.getCanSendMessages()),
        yes(p.getCanSendAudios()),
        yes(p.getCanSendDocuments()),
        yes(p.getCanSendPhotos()),
        yes(p.getCanSendVideos()),
        yes(p.getCanSendVideoNotes()),
        yes(p.getCanSendVoiceNotes()),
        yes(p.getCanSendPolls()),
        yes(p.getCanSendOtherMessages()),
        yes(p.getCanAddWebPagePreviews()),
        yes(p.getCanChangeInfo()),
        yes(p.getCanInviteUsers()),
        yes(p.getCanPinMessages()),
        yes(p.getCanManageTopics()));
  }

  private static boolean yes(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }
}
