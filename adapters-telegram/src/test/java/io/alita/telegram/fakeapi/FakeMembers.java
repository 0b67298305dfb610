package io.alita.telegram.fakeapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Builders for Bot API {@code ChatMember} objects, for {@link FakeBotApi#setChatMember} and chat_member updates. Every
 * field TelegramBots requires for the status is present, with rights not granted set to false.
 */
public final class FakeMembers {

  /** An administrator right, named as in the Bot API. */
  public enum AdminRight {
    CAN_MANAGE_CHAT("can_manage_chat"),
    CAN_DELETE_MESSAGES("can_delete_messages"),
    CAN_MANAGE_VIDEO_CHATS("can_manage_video_chats"),
    CAN_RESTRICT_MEMBERS("can_restrict_members"),
    CAN_PROMOTE_MEMBERS("can_promote_members"),
    CAN_CHANGE_INFO("can_change_info"),
    CAN_INVITE_USERS("can_invite_users"),
    CAN_POST_STORIES("can_post_stories"),
    CAN_EDIT_STORIES("can_edit_stories"),
    CAN_DELETE_STORIES("can_delete_stories"),
    CAN_PIN_MESSAGES("can_pin_messages"),
    CAN_MANAGE_TOPICS("can_manage_topics");

    private final String field;

    AdminRight(String field) {
      this.field = field;
    }

    /** The JSON field name. */
    public String field() {
      return field;
    }
  }

  /** The "can_send_*" style fields of a restricted member, as in {@code ChatPermissions}. */
  static final String[] MEMBER_PERMISSIONS = {
    "can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos", "can_send_videos",
    "can_send_video_notes", "can_send_voice_notes", "can_send_polls", "can_send_other_messages",
    "can_add_web_page_previews", "can_change_info", "can_invite_users", "can_pin_messages", "can_manage_topics"
  };

  private FakeMembers() {}

  /** The chat's owner. */
  public static ObjectNode creator(FakeUser user) {
    return Json.object().put("status", "creator").<ObjectNode>set("user", user.toJson()).put("is_anonymous", false);
  }

  /** An administrator holding exactly {@code rights}. */
  public static ObjectNode administrator(FakeUser user, AdminRight... rights) {
    Set<AdminRight> granted = rights.length == 0 ? EnumSet.noneOf(AdminRight.class) : EnumSet.of(rights[0], rights);
    ObjectNode node = Json.object().put("status", "administrator").<ObjectNode>set("user", user.toJson())
        .put("can_be_edited", false).put("is_anonymous", false);
    for (AdminRight right : AdminRight.values()) {
      node.put(right.field(), granted.contains(right));
    }
    return node;
  }

  /** An administrator holding every right a group-management bot uses. */
  public static ObjectNode fullAdministrator(FakeUser user) {
    return administrator(user, AdminRight.values());
  }

  /** A plain member. */
  public static ObjectNode member(FakeUser user) {
    return Json.object().put("status", "member").set("user", user.toJson());
  }

  /**
   * A restricted member (muted when {@code canSendMessages} is false).
   *
   * @param untilDate unix time the restriction ends, 0 for forever
   */
  public static ObjectNode restricted(FakeUser user, boolean canSendMessages, long untilDate) {
    ObjectNode node = Json.object().put("status", "restricted").<ObjectNode>set("user", user.toJson())
        .put("is_member", true).put("until_date", untilDate);
    for (String permission : MEMBER_PERMISSIONS) {
      boolean aboutSending = permission.startsWith("can_send") || permission.equals("can_add_web_page_previews");
      node.put(permission, aboutSending && canSendMessages);
    }
    return node;
  }

  /** Someone who is not (or no longer) in the chat. */
  public static ObjectNode left(FakeUser user) {
    return Json.object().put("status", "left").set("user", user.toJson());
  }

  /**
   * A banned user.
   *
   * @param untilDate unix time the ban ends, 0 for forever
   */
  public static ObjectNode kicked(FakeUser user, long untilDate) {
    return Json.object().put("status", "kicked").<ObjectNode>set("user", user.toJson()).put("until_date", untilDate);
  }
}
