package io.alita.postgres.notes;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The MyBatis mapper of {@code notes} and {@code notes_settings}; the SQL is in {@code NotesMapper.xml} beside it. */
public interface NotesMapper {

  /** One notes row; {@code buttons} is the JSONB column as text (nullable), {@code content} and {@code fileId} too. */
  record NoteRow(String name, String content, String fileId, int msgType, String buttons, boolean adminOnly,
      boolean privateOnly, boolean groupOnly, boolean webPreview, boolean isProtected, boolean noNotif) {}

  List<NoteRow> list(@Param("chatId") long chatId);

  NoteRow find(@Param("chatId") long chatId, @Param("name") String name);

  int recordChat(@Param("chatId") long chatId, @Param("chatType") String chatType, @Param("chatName") String chatName,
      @Param("username") String username);

  int save(@Param("chatId") long chatId, @Param("row") NoteRow row);

  int remove(@Param("chatId") long chatId, @Param("name") String name);

  int removeAll(@Param("chatId") long chatId);

  Boolean privateMode(@Param("chatId") long chatId);

  int setPrivateMode(@Param("chatId") long chatId, @Param("on") boolean on);

  String chatTitle(@Param("chatId") long chatId);
}
