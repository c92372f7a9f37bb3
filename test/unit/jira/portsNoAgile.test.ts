/** A site without Jira Software has no agile API: the project has no board, it is not an error. */
import { createJiraPorts } from '../../../src/jira/ports';
import { fail, scriptedJira } from './fakeJira';

it('reads a 404 of the board list as "no board", and still fails on other errors', async () => {
  let status = 404;
  const jira = scriptedJira((request) => {
    if (request.path === '/rest/agile/1.0/board') return fail(status, { errorMessages: ['Not found'] });
    throw new Error(`unexpected ${request.path}`);
  });
  const { jira: port } = createJiraPorts(jira.request);
  await expect(port.findBoard('ENG')).resolves.toBeNull();
  status = 403;
  await expect(port.findBoard('ENG')).rejects.toMatchObject({ kind: 'permission' });
});
