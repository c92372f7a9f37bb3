/**
 * The settings' lists of names (labels, issue types), validated one way everywhere: each name
 * single-line safe text, trimmed, 1 to `max` characters; a label without spaces; a list without
 * repeats under its own sameness (issue types match case-insensitively, labels exactly).
 */
import { z } from 'zod';
import { isSafeText, unsafeTextMessage } from '../text';

/** One name of a list: single-line safe text, trimmed, 1 to `max` characters. */
export const nameSchema = (what: string, max: number, message: string) =>
  z
    .string({ error: message })
    .refine((s) => isSafeText(s), { error: unsafeTextMessage(what), abort: true })
    .trim()
    .min(1, { error: message })
    .max(max, { error: message });

/** A Jira label: a name without spaces. */
export const labelSchema = (max: number) =>
  nameSchema('A label', max, `Enter labels of 1 to ${max} characters`).refine((s) => !/\s/u.test(s), {
    error: 'A Jira label has no spaces: separate labels with commas',
  });

/** An issue type's name. */
export const issueTypeNameSchema = (max: number) => nameSchema('An issue type name', max, `Enter issue type names of 1 to ${max} characters`);

/** Whether no two entries are the same under `key` (an entry that is no text is refused on its own). */
export const distinctNames = (entries: unknown[], key: (s: string) => string) => new Set(entries.map((s) => (typeof s === 'string' ? key(s) : s))).size === entries.length;
