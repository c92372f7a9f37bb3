/**
 * An acknowledged Jira write survives kill -9: `npm start` in a child process on a temp
 * data folder, a burst of comments, issue property PUTs, edits and transitions, SIGKILL
 * the moment the last one is acknowledged, a restart on the same folder.
 */
import { killDuringJiraWrites } from '../../../bench/durability';

jest.setTimeout(180_000);

it('loses none of the acknowledged Jira writes when the sandbox is killed right after the last acknowledgement', async () => {
  const result = await killDuringJiraWrites(50);
  expect(result.refused).toEqual([]);
  expect(result.acknowledged).toBe(50);
  expect(result.lost).toEqual([]);
  expect(result.survived).toBe(result.acknowledged);
});
