/** How the partner signal's numbers read on the project page. Pure. */

/**
 * A month's share in whole percent, as the tile's reason words it.
 * @example formatPartnerShare(4 / 19) //=> '21 %'
 * @example formatPartnerShare(0.003) //=> 'less than 1 %'
 * @example formatPartnerShare(null) //=> '—'
 */
export function formatPartnerShare(share: number | null): string {
  if (share === null || !Number.isFinite(share)) return '—';
  const percent = share * 100;
  if (percent > 0 && percent < 0.5) return 'less than 1 %';
  return `${Math.round(percent)} %`;
}

/**
 * The month's name on the chart's axis and in the table: the current month says its numbers are so far.
 * @example partnerMonthWords({ label: 'December 2026', complete: false }) //=> 'December 2026 (so far)'
 */
export function partnerMonthWords(month: { label: string; complete: boolean }): string {
  return month.complete ? month.label : `${month.label} (so far)`;
}
