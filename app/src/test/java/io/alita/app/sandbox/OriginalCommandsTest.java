package io.alita.app.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.app.BotAssembly;
import io.alita.domain.dispatch.DispatchMonitor;
import io.alita.domain.model.UserId;
import io.alita.domain.sandbox.Persona;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the original Alita Robot's 158 command names (shared/reference/alita-behaviour.md §2) against what this bot
 * registers and what its documentation says, so the "Not yet" lists cannot drift from the code:
 *
 * <ul>
 *   <li>every name of the original is registered by the assembled bot, or is listed in {@link #NOT_YET} with the
 *       feature it belongs to;
 *   <li>no name in {@link #NOT_YET} is registered (when a module lands, its names leave the list);
 *   <li>every registered command is explained in docs/commands.md, and every feature still missing is named in the
 *       "Not yet available" section of docs/commands.md and in the README's "Not yet" line.
 * </ul>
 */
class OriginalCommandsTest {

  /** The original's commands, as its source registers them. */
  static final Set<String> ORIGINAL = Set.of(
      "about", "addblacklist", "adddev", "addfilter", "addnote", "addreaction", "addsudo", "admincache", "adminlist",
      "allowconnect", "anonadmin", "antichannelpin", "antiraid", "approval", "approve", "approved", "autoantiraid",
      "autoapprove", "ban", "blacklist", "blacklistaction", "blacklists", "blaction", "captcha", "captchaaction",
      "captchaclear", "captchamaxattempts", "captchamode", "captchapending", "captchatime", "chatinfo", "chatlist",
      "cleangoodbye", "cleanlinked", "cleanservice", "cleanwelcome", "clear", "clearadmincache", "clearall",
      "clearrules", "clearrulesbtn", "clearrulesbutton", "connect", "connection", "dban", "del", "delflood", "demote",
      "disable", "disableable", "disabled", "disabledel", "disconnect", "dkick", "dmute", "donate", "dwarn", "enable",
      "export", "filter", "filters", "flood", "formatting", "get", "goodbye", "help", "id", "import", "info",
      "invitelink", "kick", "kickme", "lang", "leavechat", "lock", "locks", "locktypes", "markdownhelp", "mute",
      "notes", "permapin", "pin", "ping", "pinned", "privatenotes", "privaterules", "privnote", "promote", "purge",
      "purgefrom", "purgeto", "raidactiontime", "raidtime", "reactions", "reconnect", "remallbl", "remdev",
      "removebotkeyboard", "removefilter", "removereaction", "remsudo", "report", "reports", "reset",
      "resetallwarns", "resetgoodbye", "resetreactions", "resetrules", "resetrulesbtn", "resetrulesbutton",
      "resetwarn", "resetwarns", "resetwelcome", "restrict", "rmallbl", "rmblacklist", "rmfilter", "rmnote",
      "rmwarn", "rules", "rulesbtn", "rulesbutton", "save", "saved", "sban", "setflood", "setfloodmode",
      "setgoodbye", "setrules", "setwarnlimit", "setwarnmode", "setwelcome", "smute", "start", "stat", "stats",
      "stop", "stopall", "swarn", "tban", "teamusers", "tell", "title", "tmute", "tr", "unapprove", "unapproveall",
      "unban", "unlock", "unmute", "unpin", "unpinall", "unrestrict", "unwarn", "warn", "warnings", "warns",
      "welcome");

  /**
   * The original's commands this bot does not have yet, by the feature that will bring them; the feature's name is
   * what the "Not yet" lists of the README and docs/commands.md say.
   */
  static final Map<String, Set<String>> NOT_YET = Map.of();

  private static Set<String> registered;

  @BeforeAll
  static void assemble() {
    SandboxFixture fixture = SandboxFixture.migrated();
    SimulatedChatQueries queries = new SimulatedChatQueries(SandboxSimulator.PLACEHOLDER_BOT.id(), UserId.of(1),
        Persona.MEMBER);
    registered = Set.copyOf(fixture.assembly.assemble(new BotAssembly.Ports(SandboxSimulator.PLACEHOLDER_BOT, queries,
        new UnrecordedSightings(), fixture.stores.transactions(), DispatchMonitor.NONE)).dispatcher().commandNames());
  }

  private static Set<String> notYet() {
    return NOT_YET.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theReferenceListHas158Names() {
    assertEquals(158, ORIGINAL.size());
    assertTrue(ORIGINAL.containsAll(notYet()), "NOT_YET names only commands of the original");
  }

  @Test
  void everyCommandOfTheOriginalIsRegisteredOrListedAsNotYet() {
    Set<String> missing = new TreeSet<>(ORIGINAL);
    missing.removeAll(registered);
    missing.removeAll(notYet());
    assertEquals(Set.of(), missing, "commands of the original neither registered nor listed in NOT_YET");
  }

  @Test
  void noCommandListedAsNotYetIsRegistered() {
    Set<String> landed = new TreeSet<>(notYet());
    landed.retainAll(registered);
    assertEquals(Set.of(), landed, "registered now: take them out of NOT_YET and of the docs' \"Not yet\" lists");
  }

  @Test
  void everyRegisteredCommandIsExplainedInTheCommandReference() throws IOException {
    String commands = read("docs/commands.md");
    List<String> unexplained = new ArrayList<>();
    for (String name : new TreeSet<>(registered)) {
      if (!commands.contains("`/" + name + "`") && !commands.contains("`/" + name + " ")
          && !commands.contains("/" + name + "`") && !commands.contains(", /" + name)) {
        unexplained.add(name);
      }
    }
    assertEquals(List.of(), unexplained, "registered commands docs/commands.md does not mention");
  }

  @Test
  void everyMissingFeatureIsNamedInTheNotYetLists() throws IOException {
    String reference = read("docs/commands.md");
    int at = reference.indexOf("## Not yet available");
    assertTrue(at >= 0 || NOT_YET.isEmpty(), "docs/commands.md has a \"Not yet available\" section");
    String notYetSection = at < 0 ? "" : reference.substring(at).toLowerCase();
    String readme = read("README.md");
    int line = readme.indexOf("**Not yet**");
    String readmeNotYet = line < 0 ? "" : readme.substring(line, readme.indexOf("\n\n", line)).toLowerCase();
    List<String> unnamed = new ArrayList<>();
    for (String feature : new TreeSet<>(NOT_YET.keySet())) {
      String word = feature.toLowerCase();
      if (!notYetSection.contains(word)) {
        unnamed.add(feature + " (docs/commands.md)");
      }
      if (!readmeNotYet.contains(word) && !readmeNotYet.contains(word.substring(0, word.length() - 1))) {
        unnamed.add(feature + " (README)");
      }
    }
    assertEquals(List.of(), unnamed, "missing features the \"Not yet\" lists do not name");
  }

  private static String read(String file) throws IOException {
    Path path = Path.of(file);
    for (int i = 0; i < 3 && !Files.exists(path); i++) {
      path = Path.of("..").resolve(path);
    }
    return Files.readString(path);
  }
}
