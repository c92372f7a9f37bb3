import type { AdfDocument } from '../../src/jira/operations/addComment';

/** A one-paragraph ADF comment body. */
export const createComment = (text: string): AdfDocument => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
