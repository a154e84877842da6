package dev.ratebot.adapter.discord;

import dev.ratebot.adapter.chat.ChatSignals;
import dev.ratebot.adapter.chat.ChatSignals.Signal;
import dev.ratebot.core.dispatch.Platform;
import net.dv8tion.jda.api.events.GatewayPingEvent;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * Translates JDA's session events into {@link ChatSignals}. JDA fires a {@link GatewayPingEvent} on
 * every heartbeat ACK, so "heard" means Discord answered a heartbeat, not just that a status flag
 * says connected.
 */
final class SessionSignals implements EventListener {
  private final ChatSignals signals;

  SessionSignals(ChatSignals signals) {
    this.signals = signals;
  }

  @Override
  public void onEvent(GenericEvent event) {
    if (event instanceof GatewayPingEvent) {
      send(Signal.HEARD);
    } else if (event instanceof ReadyEvent) {
      send(Signal.IDENTIFIED);
      send(Signal.CONNECTED);
    } else if (event instanceof SessionResumeEvent) {
      send(Signal.RECONNECTED);
      send(Signal.CONNECTED);
    } else if (event instanceof SessionRecreateEvent) {
      send(Signal.IDENTIFIED);
      send(Signal.RECONNECTED);
      send(Signal.CONNECTED);
    } else if (event instanceof SessionDisconnectEvent || event instanceof ShutdownEvent) {
      send(Signal.DISCONNECTED);
    }
  }

  private void send(Signal signal) {
    signals.signal(Platform.DISCORD, signal);
  }
}
