/** The contract validator itself: it must accept what the spec shows and refuse what it does not. */
import { specValidator } from './openapi';
import { ajvReadySpec } from './specSchemas';

const validator = specValidator();

function operation(method: string, path: string) {
  const check = validator.checkRequest(method, path, new URLSearchParams(), method === 'GET' ? undefined : {});
  if (!check.operation) throw new Error(`${method} ${path}: ${check.problems.join('; ')}`);
  return check.operation;
}

/** The spec's own 200 example (stored as a JSON string in these specs). */
function example(method: string, path: string): unknown {
  const raw = operation(method, path).operation.responses['200']?.content?.['application/json']?.example;
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}

describe('response validation', () => {
  it.each([
    ['GET', '/rest/api/3/issue/ENG-1'],
    ['GET', '/rest/api/3/search/jql'],
    ['GET', '/rest/api/3/myself'],
    ['GET', '/rest/api/3/issue/ENG-1/comment'],
    ['GET', '/rest/agile/1.0/board'],
  ])('accepts the spec example of %s %s', (method, path) => {
    expect(validator.checkResponse(operation(method, path), 200, example(method, path))).toEqual({ problems: [], schemaChecked: true });
  });

  it('refuses a broken body and names the JSON path', () => {
    const issue = example('GET', '/rest/api/3/issue/ENG-1') as Record<string, unknown>;
    const broken = { ...issue, id: 10002, key: undefined, unexpected: true, fields: 'none' };
    const { problems } = validator.checkResponse(operation('GET', '/rest/api/3/issue/ENG-1'), 200, JSON.parse(JSON.stringify(broken)));
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/id must be string/), expect.stringMatching(/^\/fields must be object/)]),
    );
  });

  it('refuses a type error deep inside a referenced component', () => {
    const page = example('GET', '/rest/api/3/search/jql') as { issues: { fields: Record<string, unknown> }[] };
    page.issues[0]!.fields = { ...page.issues[0]!.fields };
    (page.issues[0] as Record<string, unknown>).expand = 42;
    const { problems } = validator.checkResponse(operation('GET', '/rest/api/3/search/jql'), 200, page);
    expect(problems).toEqual([expect.stringMatching(/^\/issues\/0\/expand must be string/)]);
  });

  it('refuses an undeclared status and accepts a declared error status without a schema', () => {
    const op = operation('GET', '/rest/api/3/issue/ENG-1');
    expect(validator.checkResponse(op, 418, {}).problems).toEqual([expect.stringMatching(/status 418 is not declared/)]);
    expect(validator.checkResponse(op, 404, { errorMessages: ['Issue does not exist'] }).problems).toEqual([]);
  });

  it('treats OpenAPI nullable as allowing null', () => {
    const op = operation('GET', '/rest/api/3/issue/ENG-1/comment');
    const page = example('GET', '/rest/api/3/issue/ENG-1/comment') as { comments: Record<string, unknown>[] };
    page.comments[0]!.visibility = { type: 'role', value: 'Administrators', identifier: null };
    expect(validator.checkResponse(op, 200, page).problems).toEqual([]);
    page.comments[0]!.visibility = { type: 'role', value: null };
    expect(validator.checkResponse(op, 200, page).problems).toEqual([expect.stringMatching(/^\/comments\/0\/visibility\/value must be string/)]);
  });

  it('lets a nullable enum take null (a tolerated spec quirk)', () => {
    const doc = { openapi: '3.0.1', paths: {}, components: { schemas: { T: { type: 'string', enum: ['adf', 'raw'], nullable: true } } } };
    expect((ajvReadySpec(doc).components?.schemas?.T as { enum: unknown[] }).enum).toEqual(['adf', 'raw', null]);
  });
});

describe('request validation', () => {
  it('prefers a literal segment over a path parameter', () => {
    expect(validator.checkRequest('GET', '/rest/agile/1.0/epic/none/issue', new URLSearchParams()).name).toBe('GET /rest/agile/1.0/epic/none/issue');
    expect(validator.checkRequest('GET', '/rest/agile/1.0/epic/ENG-7/issue', new URLSearchParams()).name).toBe(
      'GET /rest/agile/1.0/epic/{epicIdOrKey}/issue',
    );
  });

  it('accepts declared query parameters with values of the declared types', () => {
    const query = new URLSearchParams({ jql: 'project = ENG', maxResults: '50', fields: 'summary,status', nextPageToken: 'abc' });
    expect(validator.checkRequest('GET', '/rest/api/3/search/jql', query).problems).toEqual([]);
  });

  it('names undeclared query parameters and badly typed values', () => {
    const query = new URLSearchParams({ jql: 'x', startAt: '0', maxResults: 'fifty' });
    expect(validator.checkRequest('GET', '/rest/api/3/search/jql', query).problems).toEqual([
      expect.stringMatching(/query parameter "startAt" is not declared/),
      expect.stringMatching(/parameter \/maxResults must be integer/),
    ]);
  });

  it('names missing required parameters and bad path parameter values', () => {
    expect(validator.checkRequest('GET', '/rest/api/3/user/bulk', new URLSearchParams()).problems).toEqual([
      expect.stringMatching(/must have required property 'accountId'/),
    ]);
    expect(validator.checkRequest('GET', '/rest/agile/1.0/board/abc/configuration', new URLSearchParams()).problems).toEqual([
      expect.stringMatching(/parameter \/boardId must be integer/),
    ]);
  });

  it('refuses unknown paths, unknown methods and deprecated operations', () => {
    expect(validator.checkRequest('GET', '/rest/api/2/serverInfo', new URLSearchParams()).problems).toEqual([
      expect.stringMatching(/no operation in the specs \(no such path\)/),
    ]);
    expect(validator.checkRequest('GET', '/rest/api/3/search', new URLSearchParams({ jql: 'x' })).problems).toEqual([
      expect.stringMatching(/the operation is deprecated: Currently being removed/),
    ]);
    expect(validator.checkRequest('PATCH', '/rest/api/3/issue/ENG-1', new URLSearchParams()).problems).toEqual([
      expect.stringMatching(/exists for GET, PUT, DELETE only/),
    ]);
  });

  it('validates a JSON request body against the requestBody schema', () => {
    const ok = { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }] } };
    expect(validator.checkRequest('POST', '/rest/api/3/issue/ENG-1/comment', new URLSearchParams(), ok).problems).toEqual([]);
    const bad = validator.checkRequest('POST', '/rest/api/3/changelog/bulkfetch', new URLSearchParams(), { issueIdsOrKeys: 'ENG-1', maxResults: 'all' });
    expect(bad.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^request body \/issueIdsOrKeys must be array/), expect.stringMatching(/^request body \/maxResults must be integer/)]),
    );
  });
});
