package dev.ratebot.adapter.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the registered commands equal the wanted ones: reads what Discord has (globally, or for one
 * server) and replaces the whole list with one bulk overwrite only when it differs. A restart with
 * unchanged commands therefore sends no write, which keeps Discord's command cache and the daily
 * command-create limit untouched.
 */
final class CommandRegistrar {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<CommandData> wanted;

  CommandRegistrar(List<CommandData> wanted) {
    this.wanted = List.copyOf(wanted);
  }

  /**
   * Registers the commands; blocks until Discord has answered.
   *
   * @return true when a bulk overwrite was sent
   */
  boolean register(JDA jda, Optional<String> guildId) {
    Optional<Guild> guild = guildId.map(id -> guild(jda, id));
    String where = guild.map(g -> "server " + g.getId()).orElse("all servers (global)");
    List<Command> existing =
        guild
            .map(g -> g.retrieveCommands().complete())
            .orElseGet(() -> jda.retrieveCommands().complete());
    if (same(existing, guild.isPresent())) {
      log.info("Discord commands for {} are up to date; not re-registering", where);
      return false;
    }
    log.info("Registering {} Discord command(s) for {}", wanted.size(), where);
    guild
        .map(g -> g.updateCommands().addCommands(wanted.stream().map(GuildCommand::new).toList()))
        .orElseGet(() -> jda.updateCommands().addCommands(wanted))
        .complete();
    return true;
  }

  /**
   * True when the registered commands carry exactly the wanted definitions, in any order; for a
   * server, where Discord keeps no contexts or integration types, those are not compared.
   */
  boolean same(List<Command> existing, boolean inGuild) {
    Set<JsonNode> have = new HashSet<>();
    existing.forEach(c -> have.add(canonical(CommandData.fromCommand(c), inGuild)));
    Set<JsonNode> want = new HashSet<>();
    wanted.forEach(c -> want.add(canonical(CommandData.fromData(c.toData()), inGuild)));
    return existing.size() == wanted.size() && have.equals(want);
  }

  private static JsonNode canonical(CommandData data, boolean inGuild) {
    DataObject json = data.toData();
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(json.toJson());
      if (inGuild) {
        tree.remove(GuildCommand.GLOBAL_ONLY);
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Guild guild(JDA jda, String id) {
    Guild guild = jda.getGuildById(id);
    if (guild == null) {
      throw new IllegalStateException(
          "DISCORD_GUILD_ID is "
              + id
              + " but the bot is not in that server; invite it with the URL logged above, or unset"
              + " DISCORD_GUILD_ID to register globally");
    }
    return guild;
  }
}
