/**
 * Query and dataset to figures with provenance. Stated figures are shown exactly, named by rate
 * type (contract rate, vendor's price, salary) and cited by source, table and row; estimates place
 * a level within its region's all-level range ({@link dev.ratebot.core.estimate.RateModel}); one
 * part per answer shape (region, level, technology, overview); reference sources are shown beside,
 * never blended in.
 */
package dev.ratebot.core.estimate;
