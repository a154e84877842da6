package dev.ratebot.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secrets given as files, the Docker and Kubernetes convention: {@code SLACK_BOT_TOKEN_FILE} names
 * a file holding {@code SLACK_BOT_TOKEN}, and so on. The file's trailing line break is dropped.
 */
final class SecretFiles {
  /** The settings that may come from a file, each read from its name plus {@code _FILE}. */
  static final List<Setting> SECRETS =
      List.of(Setting.SLACK_BOT_TOKEN, Setting.SLACK_APP_TOKEN, Setting.DISCORD_TOKEN);

  static final String SUFFIX = "_FILE";

  private SecretFiles() {}

  /**
   * The environment with every secret read from its file, where one is named.
   *
   * @throws SettingsException when a secret and its file are both set, or the file cannot be read
   *     or is empty; the message names both variables and the file, never the secret
   */
  static Map<String, String> resolve(Map<String, String> env) {
    Map<String, String> resolved = new HashMap<>(env);
    for (Setting secret : SECRETS) {
      String fileVariable = secret.name() + SUFFIX;
      String file = env.get(fileVariable);
      if (file == null || file.isBlank()) {
        continue;
      }
      String direct = env.get(secret.name());
      if (direct != null && !direct.isBlank()) {
        throw new SettingsException(
            secret.name() + " and " + fileVariable + " are both set; set only one of them.");
      }
      resolved.put(secret.name(), read(fileVariable, Path.of(file.strip())));
    }
    return Map.copyOf(resolved);
  }

  private static String read(String fileVariable, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SettingsException(fileVariable + " names " + file + ", which does not exist.");
    } catch (AccessDeniedException e) {
      throw new SettingsException(
          fileVariable + " names " + file + ", which ratebot may not read (permission denied).");
    } catch (CharacterCodingException e) {
      throw new SettingsException(fileVariable + " names " + file + ", which is not UTF-8 text.");
    } catch (IOException e) {
      throw new SettingsException(
          fileVariable + " names " + file + ", which cannot be read: " + e.getMessage() + ".");
    }
    String secret = text.stripTrailing();
    if (secret.isEmpty()) {
      throw new SettingsException(fileVariable + " names " + file + ", which is empty.");
    }
    return secret;
  }
}
