package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chart.ChartImage;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * A rendered reply, ready to send as a new message or as an edit. Every message built from it
 * allows no mentions at all: no {@code @everyone}, no role, no user, and no ping of the replied
 * user, whatever the text says.
 *
 * @param content the plain content, at most 2,000 characters; may be empty
 * @param embeds the embeds, each within Discord's limits
 * @param rows the action rows, at most five
 * @param ephemeral true when only the asker should see it
 * @param chart a chart attached as {@value ChartImage#FILE_NAME}, which the embed shows; empty when
 *     there is none (an edit then drops any attachment the message had)
 * @param table an exported table too long for a message, attached as a text file; empty when none
 */
public record DiscordMessage(
    String content,
    List<MessageEmbed> embeds,
    List<ActionRow> rows,
    boolean ephemeral,
    Optional<ChartImage> chart,
    Optional<TableFile> table) {

  /**
   * A table attached as a file.
   *
   * @param name the file name, e.g. "ratebot-export.csv"
   * @param text the table
   */
  public record TableFile(String name, String text) {
    public TableFile {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Discord's limit on an attachment's description (its alt text). */
  static final int MAX_DESCRIPTION = 1024;

  public DiscordMessage {
    Objects.requireNonNull(content, "content");
    embeds = List.copyOf(embeds);
    rows = List.copyOf(rows);
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(table, "table");
    if (content.length() > Message.MAX_CONTENT_LENGTH) {
      throw new IllegalArgumentException("content over 2,000 characters");
    }
    if (rows.size() > Message.MAX_COMPONENT_COUNT) {
      throw new IllegalArgumentException("more than 5 action rows");
    }
  }

  /** A message without a chart. */
  public DiscordMessage(
      String content, List<MessageEmbed> embeds, List<ActionRow> rows, boolean ephemeral) {
    this(content, embeds, rows, ephemeral, Optional.empty(), Optional.empty());
  }

  /** A message with at most a chart. */
  public DiscordMessage(
      String content,
      List<MessageEmbed> embeds,
      List<ActionRow> rows,
      boolean ephemeral,
      Optional<ChartImage> chart) {
    this(content, embeds, rows, ephemeral, chart, Optional.empty());
  }

  /** The data for a new message (a reply, a channel message, an interaction response). */
  public MessageCreateData toCreateData() {
    return new MessageCreateBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows)
        .setFiles(files())
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false)
        .build();
  }

  /** The data that replaces a whole message (content, embeds and components). */
  public MessageEditData toEditData() {
    return new MessageEditBuilder()
        .setContent(content)
        .setEmbeds(embeds)
        .setComponents(rows)
        .setAttachments(files())
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false)
        .build();
  }

  private List<FileUpload> files() {
    List<FileUpload> files = new java.util.ArrayList<>();
    chart.ifPresent(
        c ->
            files.add(
                FileUpload.fromData(c.png(), ChartImage.FILE_NAME)
                    .setDescription(DiscordText.clip(c.altText(), MAX_DESCRIPTION))));
    table.ifPresent(
        t ->
            files.add(
                FileUpload.fromData(
                    t.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), t.name())));
    return files;
  }
}
