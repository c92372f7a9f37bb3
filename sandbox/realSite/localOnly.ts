/**
 * In real-site mode the sandbox holds an API token: only pages it served may use it. A request for
 * another host name (DNS rebinding) or from another origin (a web page posting to localhost) is refused.
 */
import type { IncomingMessage } from 'node:http';

export function isFromThisSandbox(req: IncomingMessage, port: number): boolean {
  const hosts = [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
  if (!hosts.includes(String(req.headers.host ?? '').toLowerCase())) return false;
  const origin = req.headers.origin;
  return origin === undefined || hosts.some((host) => origin.toLowerCase() === `http://${host}`);
}
