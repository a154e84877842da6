/**
 * Query and dataset to figures with provenance: observed figures exactly as stated, estimates
 * labelled with their method and the rows they used.
 */
package dev.ratebot.core.estimate;
