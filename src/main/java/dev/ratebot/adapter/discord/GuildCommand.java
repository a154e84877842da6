package dev.ratebot.adapter.discord;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationMap;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A global command's definition as registered to one server: the same, without {@code contexts} and
 * {@code integration_types}, which Discord defines "only for globally-scoped commands"
 * (discord-api-docs, application-commands: Application Command Structure). JDA always writes both,
 * so this read-only view drops them from what is sent.
 */
final class GuildCommand implements CommandData {
  static final Set<String> GLOBAL_ONLY = Set.of("contexts", "integration_types");

  private final CommandData global;

  GuildCommand(CommandData global) {
    this.global = Objects.requireNonNull(global, "global");
  }

  @Override
  public DataObject toData() {
    DataObject data = global.toData();
    GLOBAL_ONLY.forEach(data::remove);
    return data;
  }

  @Override
  public String getName() {
    return global.getName();
  }

  @Override
  public LocalizationMap getNameLocalizations() {
    return global.getNameLocalizations();
  }

  @Override
  public Command.Type getType() {
    return global.getType();
  }

  @Override
  public DefaultMemberPermissions getDefaultPermissions() {
    return global.getDefaultPermissions();
  }

  /** Discord's reading of a server command: usable in that server only. */
  @Override
  public Set<InteractionContextType> getContexts() {
    return Set.of(InteractionContextType.GUILD);
  }

  @Override
  public Set<IntegrationType> getIntegrationTypes() {
    return Set.of(IntegrationType.GUILD_INSTALL);
  }

  @Override
  public boolean isNSFW() {
    return global.isNSFW();
  }

  @Override
  public CommandData setLocalizationFunction(LocalizationFunction function) {
    throw readOnly();
  }

  @Override
  public CommandData setName(String name) {
    throw readOnly();
  }

  @Override
  public CommandData setNameLocalization(DiscordLocale locale, String name) {
    throw readOnly();
  }

  @Override
  public CommandData setNameLocalizations(Map<DiscordLocale, String> map) {
    throw readOnly();
  }

  @Override
  public CommandData setDefaultPermissions(DefaultMemberPermissions permission) {
    throw readOnly();
  }

  @Override
  public CommandData setContexts(Collection<InteractionContextType> contexts) {
    throw readOnly();
  }

  @Override
  public CommandData setIntegrationTypes(Collection<IntegrationType> integrationTypes) {
    throw readOnly();
  }

  @Override
  public CommandData setNSFW(boolean nsfw) {
    throw readOnly();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("a server registration's view is read-only");
  }
}
