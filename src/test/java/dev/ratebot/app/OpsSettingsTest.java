package dev.ratebot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpsSettingsTest {
  @Test
  void defaultIsPort8080OnLoopbackOnly() {
    InetSocketAddress address = OpsSettings.fromEnvironment(Map.of()).address().orElseThrow();

    assertThat(address.getPort()).isEqualTo(8080);
    assertThat(address.getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void containersBindEveryInterface() {
    InetSocketAddress address =
        OpsSettings.fromEnvironment(
                Map.of("RATEBOT_HTTP_BIND", "0.0.0.0", "RATEBOT_HTTP_PORT", "9100"))
            .address()
            .orElseThrow();

    assertThat(address.getAddress().isAnyLocalAddress()).isTrue();
    assertThat(address.getPort()).isEqualTo(9100);
  }

  @Test
  void ipv6LiteralsAreTaken() {
    assertThat(
            OpsSettings.fromEnvironment(Map.of("RATEBOT_HTTP_BIND", "::1"))
                .address()
                .orElseThrow()
                .getAddress()
                .isLoopbackAddress())
        .isTrue();
  }

  @Test
  void portZeroTurnsTheEndpointOff() {
    assertThat(OpsSettings.fromEnvironment(Map.of("RATEBOT_HTTP_PORT", "0")).address())
        .isEqualTo(Optional.empty());
  }

  @Test
  void aPortOutOfRangeOrNotANumberIsRefused() {
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("RATEBOT_HTTP_PORT", "70000")))
        .hasMessage(
            "RATEBOT_HTTP_PORT must be a port from 1 to 65535, or 0 to turn the endpoint off;"
                + " got 70000.");
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("RATEBOT_HTTP_PORT", "http")))
        .hasMessage(
            "RATEBOT_HTTP_PORT must be a port from 1 to 65535, or 0 to turn the endpoint off;"
                + " got 'http'.");
  }

  @Test
  void aHostNameOrBadAddressIsRefusedWithoutALookup() {
    assertThatThrownBy(
            () -> OpsSettings.fromEnvironment(Map.of("RATEBOT_HTTP_BIND", "ops.example")))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("RATEBOT_HTTP_BIND must be an IP address such as 127.0.0.1")
        .hasMessageEndingWith("got 'ops.example'.");
    assertThatThrownBy(() -> OpsSettings.fromEnvironment(Map.of("RATEBOT_HTTP_BIND", "300.1.1.1")))
        .isInstanceOf(SettingsException.class);
  }
}
