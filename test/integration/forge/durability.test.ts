/**
 * An acknowledged storage write survives kill -9: a burst of 100 writes to
 * `npm start` in a child process, SIGKILL halfway, a restart on the same data.
 */
import { killDuringWrites } from '../../../bench/durability';

jest.setTimeout(180_000);

it('loses none of the acknowledged writes when the sandbox is killed mid-burst', async () => {
  const result = await killDuringWrites(100);
  expect(result.acknowledged).toBeGreaterThanOrEqual(50);
  expect(result.lost).toEqual([]);
  expect(result.survived).toBe(result.acknowledged);
});
