import type { IncomingMessage, ServerResponse } from 'node:http';
import { JiraHttpError } from '../errors';
import { type Fault, type FaultRegistry, validateFault } from '../faults';
import { parseJsonBody, readBody, send, sendError } from '../http';
import type { Store } from '../store';

export interface AdminDeps {
  store: Store;
  faults: FaultRegistry;
  stats(): Record<string, number>;
  resetStats(): void;
  flush(): Promise<void>;
}

/** /__sandbox/*: stats, fault injection and the user list for the local shell's "acting as" switch. No auth. */
export async function handleAdmin(req: IncomingMessage, res: ServerResponse, path: string, deps: AdminDeps): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /__sandbox/stats':
        return send(res, { status: 200, body: deps.stats() });
      case 'POST /__sandbox/stats/reset':
        deps.resetStats();
        return send(res, { status: 204 });
      case 'GET /__sandbox/faults':
        return send(res, { status: 200, body: deps.faults.list() });
      case 'POST /__sandbox/faults': {
        const body = parseJsonBody(await readBody(req));
        const problem = validateFault(body);
        if (problem) throw new JiraHttpError(400, [problem]);
        deps.faults.add(body as Fault);
        return send(res, { status: 204 });
      }
      case 'DELETE /__sandbox/faults':
        deps.faults.clear();
        return send(res, { status: 204 });
      case 'GET /__sandbox/users':
        return send(res, { status: 200, body: deps.store.data.users });
      case 'POST /__sandbox/flush':
        await deps.flush();
        return send(res, { status: 204 });
      default:
        throw new JiraHttpError(404, [`No sandbox admin endpoint ${route}.`]);
    }
  } catch (e) {
    if (e instanceof JiraHttpError) return sendError(res, e);
    throw e;
  }
}
