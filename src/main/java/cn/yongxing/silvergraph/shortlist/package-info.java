/**
 * The promoters' shortlist: target enterprises (for a product) with a follow-up status and notes,
 * stored in the graph with author and time, written by EDITORs through the audit trail, listed and
 * exported as a spreadsheet.
 */
@NullMarked
package cn.yongxing.silvergraph.shortlist;

import org.jspecify.annotations.NullMarked;
