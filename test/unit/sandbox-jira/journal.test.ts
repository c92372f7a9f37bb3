/**
 * The sandbox Jira's journal: a line per change beside the snapshot, replayed over it
 * on load (a torn last line dropped), compacted into a new snapshot without losing state.
 */
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxData, SandboxIssue } from '../../../sandbox/jira/model';
import { journalFile, JournaledData, type JournalEntry, loadData, replayJournal, saveData } from '../../../sandbox/jira/persistence';
import { Store } from '../../../sandbox/jira/store';
import { fixtureData, USERS } from '../../integration/sandbox/fixtures';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sandbox-jira-journal-'));
  file = join(dir, 'jira.json');
});
const opened: JournaledData[] = [];
afterEach(() => {
  // Stops the background compactions before the folder goes.
  for (const journaled of opened.splice(0)) journaled.flush();
  rmSync(dir, { recursive: true, force: true });
});

/** A store whose changes go to a JournaledData on `file`, as the service wires them. */
function open(data: SandboxData = fixtureData(), options: ConstructorParameters<typeof JournaledData>[2] = {}) {
  const store = new Store(data, (entry) => (entry ? journaled.append(entry) : journaled.compact()));
  const journaled = new JournaledData(file, () => data, options);
  opened.push(journaled);
  return { data, store, journaled };
}

const issue = (store: Store, key: string): SandboxIssue => store.issue(key)!;
const comment = (store: Store, key: string, text: string) => {
  const target = issue(store, key);
  target.comments.push({ id: store.nextCommentId(), authorId: USERS.alice, body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, created: '2026-01-26T12:00:00.000Z', updated: '2026-01-26T12:00:00.000Z' });
  store.changed(target);
};
const setProperty = (store: Store, key: string, name: string, value: unknown) => {
  const target = issue(store, key);
  target.properties[name] = value;
  store.changed(target);
};
const journalLines = () => readFileSync(journalFile(file), 'utf8').split('\n').filter(Boolean);

it('puts the journal beside the data file', () => {
  expect(journalFile('/x/.sandbox-data/jira.json')).toBe('/x/.sandbox-data/jira.journal');
  expect(journalFile('/x/data')).toBe('/x/data.journal');
});

it('reports a change as the whole changed issue, with the id sequences when ids were handed out', () => {
  const entries: (JournalEntry | undefined)[] = [];
  const store = new Store(fixtureData(), (entry) => entries.push(entry));
  comment(store, 'ENG-3', 'hello');
  setProperty(store, 'ENG-4', 'k', 1);
  store.changed('sprints');
  store.changed();
  expect(entries[0]!.issues!.map((i) => i.key)).toEqual(['ENG-3']);
  expect(entries[0]!.collections).toEqual({ sequences: { comment: 2, history: expect.any(Number), issue: 20 } });
  expect(entries[1]).toEqual({ issues: [expect.objectContaining({ key: 'ENG-4', properties: { k: 1 } })] });
  expect(Object.keys(entries[2]!.collections!)).toEqual(['sprints']);
  expect(entries[3]).toBeUndefined(); // unnamed: the listener rewrites everything
});

it('starts with a snapshot and no journal, and appends a line per change without touching the snapshot', () => {
  const { store } = open();
  expect(readdirSync(dir)).toEqual(['jira.json']);
  const snapshot = readFileSync(file);
  const mtime = statSync(file).mtimeMs;
  comment(store, 'ENG-7', 'first');
  setProperty(store, 'ENG-7', 'engagement-health-acceptance', { state: 'accepted' });
  setProperty(store, 'ENG-8', 'k', [1, 2]);
  expect(journalLines()).toHaveLength(3);
  expect(readFileSync(file).equals(snapshot)).toBe(true);
  expect(statSync(file).mtimeMs).toBe(mtime);
});

it('replays the journal over the snapshot on load', () => {
  const { data, store } = open();
  comment(store, 'ENG-7', 'first');
  comment(store, 'ENG-7', 'second');
  setProperty(store, 'ENG-2', 'k', 'v');
  const loaded = loadData(file)!;
  expect(loaded).toEqual(data);
  expect(loaded.issues.find((i) => i.key === 'ENG-7')!.comments.map((c) => c.id)).toEqual(['2', '3']);
  expect(loaded.sequences.comment).toBe(3);
  // Ids continue after the replayed ones.
  expect(new Store(loaded).nextCommentId()).toBe('4');
});

it('drops a torn last line (an append cut short by kill -9, never acknowledged)', () => {
  const { data, store } = open();
  setProperty(store, 'ENG-1', 'k', 1);
  const acknowledged = structuredClone(data);
  setProperty(store, 'ENG-1', 'k', 2);
  // Cut the last line short, as a crash in the middle of its write would.
  const lines = readFileSync(journalFile(file), 'utf8');
  const torn = lines.slice(0, lines.length - 40);
  rmSync(journalFile(file));
  appendFileSync(journalFile(file), torn);
  expect(replayJournal(fixtureData(), torn)).toBe(1);
  const loaded = loadData(file)!;
  expect(loaded).toEqual(acknowledged);
  expect(loaded.issues[0]!.properties).toEqual({ k: 1 });

  // Reopened on the loaded data, the service carries on from there.
  const again = open(loaded);
  setProperty(again.store, 'ENG-1', 'k', 3);
  expect(loadData(file)!.issues[0]!.properties).toEqual({ k: 3 });
});

it('refuses a journal damaged in the middle rather than silently skipping a change', () => {
  const { store } = open();
  setProperty(store, 'ENG-1', 'k', 1);
  appendFileSync(journalFile(file), '{"issues": [oops\n');
  setProperty(store, 'ENG-1', 'k', 2);
  expect(() => loadData(file)).toThrow(/jira\.journal:2: not JSON/);
});

it('replays new issues and whole collections, and a line replayed twice changes nothing', () => {
  const data = fixtureData();
  const added: SandboxIssue = { ...structuredClone(data.issues[0]!), id: '10099', key: 'ENG-99' };
  const changedIssue = { ...structuredClone(data.issues[1]!), properties: { p: true } };
  const sprints = data.sprints.map((s) => (s.id === 3 ? { ...s, state: 'active' as const } : s));
  const line = `${JSON.stringify({ issues: [changedIssue, added], collections: { sprints } })}\n`;
  const once = fixtureData();
  replayJournal(once, line);
  expect(once.issues).toHaveLength(21);
  expect(once.issues[1]).toEqual(changedIssue);
  expect(once.issues[20]).toEqual(added);
  expect(once.sprints.find((s) => s.id === 3)!.state).toBe('active');
  const twice = fixtureData();
  replayJournal(twice, line + line);
  expect(twice).toEqual(once);
});

it('compaction keeps the state: a new snapshot with every change, and the journal gone', () => {
  const { data, store, journaled } = open();
  for (let i = 0; i < 25; i++) {
    comment(store, `ENG-${(i % 20) + 1}`, `comment ${i}`);
    setProperty(store, `ENG-${(i % 5) + 1}`, `p${i}`, { i });
  }
  const before = loadData(file)!;
  expect(journaled.pendingBytes).toBeGreaterThan(0);
  journaled.flush();
  expect(readdirSync(dir)).toEqual(['jira.json']);
  expect(journaled.pendingBytes).toBe(0);
  const after = loadData(file)!;
  expect(after).toEqual(data);
  expect(after).toEqual(before);
  // And journaling continues after it.
  setProperty(store, 'ENG-1', 'after', 1);
  expect(journalLines()).toHaveLength(1);
  expect(loadData(file)).toEqual(data);
});

it('a crash between the snapshot rename and the journal removal loses nothing (the old journal replays to the same state)', () => {
  const { data, store, journaled } = open();
  comment(store, 'ENG-1', 'a');
  setProperty(store, 'ENG-1', 'k', 1);
  setProperty(store, 'ENG-1', 'k', 2);
  const saved = join(dir, 'saved.journal');
  copyFileSync(journalFile(file), saved);
  journaled.flush();
  copyFileSync(saved, journalFile(file));
  expect(loadData(file)).toEqual(data);
});

it('a crash before the snapshot rename leaves the old snapshot and the whole journal', () => {
  const { data, store } = open();
  setProperty(store, 'ENG-1', 'k', 1);
  // A compaction that died mid-write leaves only a temporary file, which nothing reads.
  appendFileSync(`${file}.123.456.tmp`, '{"partial": ');
  expect(loadData(file)).toEqual(data);
  // The next start cleans it up.
  open(loadData(file)!);
  expect(readdirSync(dir)).toEqual(['jira.json']);
});

it('compacts in the background once the journal outgrows its share of the snapshot', async () => {
  const { data, store, journaled } = open(fixtureData(), { journalRatio: 0 });
  // At least 1 MB of journal: issue ENG-1 with a large property, rewritten whole by each change.
  setProperty(store, 'ENG-1', 'big', 'x'.repeat(600_000));
  expect(existsSync(journalFile(file))).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(existsSync(journalFile(file))).toBe(true); // under 1 MB: it waits for a quiet spell
  setProperty(store, 'ENG-1', 'big2', 'y'.repeat(600_000));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(existsSync(journalFile(file))).toBe(false);
  expect(journaled.pendingBytes).toBe(0);
  expect(loadData(file)).toEqual(data);
});

it('compacts after a quiet spell', async () => {
  const { data, store } = open();
  setProperty(store, 'ENG-1', 'k', 1);
  expect(existsSync(journalFile(file))).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(existsSync(journalFile(file))).toBe(false);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(data);
});

it('a change that names no record is written whole, at once', () => {
  const { data, store } = open();
  data.versions[0]!.released = true;
  store.changed();
  expect(existsSync(journalFile(file))).toBe(false);
  expect(JSON.parse(readFileSync(file, 'utf8')).versions[0].released).toBe(true);
});

it('saveData supersedes the journal', () => {
  const { data, store } = open();
  setProperty(store, 'ENG-1', 'k', 1);
  saveData(file, data);
  expect(readdirSync(dir)).toEqual(['jira.json']);
  expect(loadData(file)).toEqual(data);
});
