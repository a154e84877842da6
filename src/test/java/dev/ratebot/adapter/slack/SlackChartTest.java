package dev.ratebot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.ratebot.app.Wiring;
import dev.ratebot.fake.slack.Ack;
import dev.ratebot.fake.slack.ApiCall;
import dev.ratebot.fake.slack.FakeSlack;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Charts end to end against the fake Slack: uploaded without a channel (so only as visible as the
 * answer, and no channel membership is needed), then shown in an image block by file id.
 */
class SlackChartTest {
  static final Duration CONNECT = Duration.ofSeconds(20);
  static final Duration REPLY = Duration.ofSeconds(10);

  FakeSlack slack;
  SlackAdapter adapter;

  void connect() throws Exception {
    slack = FakeSlack.start();
    adapter =
        new SlackAdapter(
            new SlackSettings("xoxb-fake", "xapp-1-fake", slack.apiUrl()),
            Wiring.bundledHandler(),
            Wiring.bundledCommands());
    adapter.start();
    assertThat(slack.awaitConnections(1, CONNECT)).isTrue();
  }

  @AfterEach
  void stop() {
    if (adapter != null) {
      adapter.close();
    }
    if (slack != null) {
      slack.close();
    }
  }

  private String uploadedImageIn(JsonNode message) throws Exception {
    List<JsonNode> images = SlackJson.blocks(message, "image");
    assertThat(images).hasSize(1);
    String fileId = images.get(0).path("slack_file").path("id").asText();
    assertThat(fileId).matches("F[A-Z0-9]{8,}");
    assertThat(images.get(0).path("alt_text").asText())
        .startsWith("Range chart.")
        .contains("Latin America");
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(slack.uploadedFile(fileId)));
    assertThat(png.getWidth()).isEqualTo(800);
    assertThat(png.getHeight()).isEqualTo(400);
    return fileId;
  }

  @Test
  void aSlashCommandChartIsUploadedPrivatelyAndShownToTheAskerOnly() throws Exception {
    connect();
    String responseUrl = slack.newResponseUrl();

    Ack ack =
        slack
            .slashCommand("senior python latam chart", "U1", FakeSlack.CHANNEL_ID, responseUrl)
            .ack()
            .get(3, TimeUnit.SECONDS);
    JsonNode answer = slack.awaitResponse(responseUrl, REPLY);

    assertThat(ack.hasPayload()).isFalse();
    assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
    String fileId = uploadedImageIn(answer);
    assertThat(slack.fileSharedIn(fileId)).as("shared in no channel").isEmpty();
    ApiCall complete = slack.calls("files.completeUploadExternal").get(0);
    assertThat(complete.param("channel_id")).isNull();
    assertThat(complete.param("channels")).isNull();
    assertThat(slack.calls("chat.postMessage")).isEmpty();
    // The image sits under the rows, before the notes and sources.
    List<String> types = new java.util.ArrayList<>();
    answer.get("blocks").forEach(b -> types.add(b.path("type").asText()));
    assertThat(types.indexOf("image")).isGreaterThan(1).isLessThan(types.size() - 1);
  }

  @Test
  void aDirectMessageChartIsPostedInTheDm() throws Exception {
    connect();

    slack.event(
        "Ev-C1", slack.directMessage("U1", "chart senior python latam", "1700000000.000900"), 0);
    ApiCall post = slack.awaitCalls("chat.postMessage", 1, REPLY).get(0);

    assertThat(post.param("channel")).isEqualTo(FakeSlack.DM_CHANNEL_ID);
    assertThat(slack.fileSharedIn(uploadedImageIn(post.json()))).isEmpty();
  }

  @Test
  void aQuestionWithoutTheWordUploadsNothing() throws Exception {
    connect();

    FakeSlack.Sent sent = slack.slashCommand("senior python latam", "U1");

    assertThat(sent.ack().get(3, TimeUnit.SECONDS).hasPayload()).isFalse();
    assertThat(SlackJson.blocks(slack.awaitAnswer(sent, REPLY), "image")).isEmpty();
    assertThat(slack.calls("files.getUploadURLExternal")).isEmpty();
  }

  @Test
  void theFakeRefusesToShareAFileInAChannelTheBotIsNotIn() throws Exception {
    slack = FakeSlack.start();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slack.apiUrl());
    config.getMethodsConfig().setStatsEnabled(false);
    Slack client = Slack.getInstance(config);
    try {
      assertThatThrownBy(
              () ->
                  client
                      .methods("xoxb-fake")
                      .filesUploadV2(
                          r ->
                              r.fileData(new byte[] {1, 2, 3})
                                  .filename("a.png")
                                  .channel(FakeSlack.CHANNEL_ID)))
          .isInstanceOfSatisfying(
              SlackFilesUploadV2Exception.class,
              e -> assertThat(e.getCompleteResponse().getError()).isEqualTo("not_in_channel"));
      slack.joinChannel(FakeSlack.CHANNEL_ID);
      FilesUploadV2Response inside =
          client
              .methods("xoxb-fake")
              .filesUploadV2(
                  r ->
                      r.fileData(new byte[] {1, 2, 3})
                          .filename("a.png")
                          .channel(FakeSlack.CHANNEL_ID));

      assertThat(inside.isOk()).isTrue();
      assertThat(slack.fileSharedIn(inside.getFile().getId())).isEqualTo(FakeSlack.CHANNEL_ID);
    } finally {
      client.close();
    }
  }
}
