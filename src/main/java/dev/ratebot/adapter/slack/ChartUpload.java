package dev.ratebot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.ratebot.adapter.chart.ChartImage;
import dev.ratebot.adapter.chat.Incidents;

/**
 * Uploads a message's chart as a file shared nowhere (files.getUploadURLExternal, the bytes to its
 * upload_url, files.completeUploadExternal without a channel), so the chart is as private as the
 * answer it belongs to and needs no channel membership; the message then shows it in an image block
 * by file id. Needs the {@code files:write} scope.
 */
final class ChartUpload {
  /** Said where the chart would have been when the upload fails, before the fault's reference. */
  static final String FAILED = "The chart could not be uploaded; reference ";

  private ChartUpload() {}

  /**
   * The message with its chart uploaded and placed, or, when the upload fails, with a line saying
   * so (the fault is logged under the reference it gives); a message without a chart as it is.
   */
  static SlackMessage placed(MethodsClient client, SlackMessage message) {
    if (message.chart().isEmpty()) {
      return message;
    }
    ChartImage chart = message.chart().get();
    String title = "Range chart";
    try {
      FilesUploadV2Response response =
          client.filesUploadV2(
              r ->
                  r.fileData(chart.png())
                      .filename(ChartImage.FILE_NAME)
                      .title(title)
                      .altTxt(SlackText.fit(chart.altText(), Blocks.MAX_ALT_TEXT)));
      if (!response.isOk() || response.getFile() == null) {
        throw new IllegalStateException("the chart upload answered " + response.getError());
      }
      return message.withChartFile(response.getFile().getId(), title);
    } catch (Exception e) {
      return withoutChart(message, e);
    }
  }

  /** The message with a line saying the chart could not be shown, the fault logged. */
  static SlackMessage withoutChart(SlackMessage message, Exception fault) {
    String reference = Incidents.record("Uploading a chart to Slack", fault);
    return message.withoutChart(FAILED + "`" + reference + "`.");
  }
}
