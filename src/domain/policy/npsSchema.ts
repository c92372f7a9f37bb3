/**
 * Validation of the policy's survey settings (nps/settings.ts): the window, whole days within its
 * bounds. schema.ts puts it into the policy's schema.
 */
import { z } from 'zod';
import { NPS_LIMITS as N, type NpsSettings } from '../nps/settings';

const windowMessage = `Enter the survey window in whole days, from ${N.windowDays.min} to ${N.windowDays.max}`;
const windowDays = z.number({ error: windowMessage }).int({ error: windowMessage }).min(N.windowDays.min, { error: windowMessage }).max(N.windowDays.max, { error: windowMessage });

export const npsSettingsSchema: z.ZodType<NpsSettings> = z.strictObject({ windowDays }, { error: 'Set the engagement survey settings' });

/** Each survey setting on its own: what a stored value must be to be shown again (readable.ts). */
export const NPS_SETTING_SCHEMAS = { windowDays } as const;
