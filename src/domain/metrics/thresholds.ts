/** The velocity metric's rules, each in one place (PRODUCT.md "Metrics"). */

/** How many closed sprints the rolling average of completed points spans. */
export const ROLLING_VELOCITY_SPRINTS = 3;

/** A sprint is predictable when its completed points are within this many percent of the rolling average before it. */
export const PREDICTABILITY_BAND_PERCENT = 15;
