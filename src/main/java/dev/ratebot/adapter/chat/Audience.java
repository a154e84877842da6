package dev.ratebot.adapter.chat;

/** Who will see a rendered reply, which decides the controls it carries. */
public enum Audience {
  /** Only the asker (an ephemeral reply): refine menus and a share button. */
  ASKER(true, true),
  /** A direct conversation with the bot: refine menus; there is nobody to share with. */
  DIRECT(true, false),
  /** Everyone in a channel or thread: no controls, since anyone could use them. */
  CHANNEL(false, false);

  private final boolean refines;
  private final boolean shares;

  Audience(boolean refines, boolean shares) {
    this.refines = refines;
    this.shares = shares;
  }

  /** Whether an answer shown to this audience carries its refine menus. */
  public boolean refines() {
    return refines;
  }

  /** Whether an answer shown to this audience carries a share button. */
  public boolean shares() {
    return shares;
  }
}
