package dev.ratebot.core.reply;

/**
 * One method per kind of {@link Reply}. A new reply type adds a method here, so every surface that
 * draws replies stops compiling until it draws the new type too.
 *
 * @param <R> what visiting a reply produces, e.g. a rendered message
 */
public interface ReplyVisitor<R> {
  R answer(Answer answer);

  R info(Info info);

  R problem(Problem problem);

  R export(Export export);
}
