import { commentPlainText, escalationComment, type AdfDoc, type AdfInline } from '../../../../src/domain/escalation/comment';
import { oneLine, utcWords } from '../../../../src/domain/escalation/commentText';
import type { DueEscalation, EscalationFacts, Recipient } from '../../../../src/domain/escalation/types';
import { isSafeText } from '../../../../src/domain/text';
import { adfValidators, officialAdfValidator } from '../../../helpers/adfSchema';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

const names = new Map([
  ['acc-client-sponsor', 'Client Sponsor'],
  ['acc-delivery-sponsor', 'Delivery Sponsor'],
  ['acc-assignee', 'Assignee'],
  ['acc-unblocker', 'Unblocker'],
  ['acc-owner', 'Owner'],
  ['acc-dm', 'Decision Maker'],
  ['acc-scope-dm', 'Scope DM'],
  ['acc-raiser', 'Raiser'],
]);

const sponsors: Recipient[] = [
  { accountId: 'acc-client-sponsor', role: 'client-sponsor' },
  { accountId: 'acc-delivery-sponsor', role: 'delivery-sponsor' },
];

const due = (facts: EscalationFacts, recipients: Recipient[], step = 'escalate'): DueEscalation => ({
  id: `${facts.rule}:subject:${step}`,
  rule: facts.rule,
  subjectId: 'subject',
  step,
  issueId: '10001',
  issueKey: 'ENG-1',
  dueAt: at('2026-12-02T16:00:00Z'),
  recipients,
  facts,
});

const blocker = (over: Partial<Extract<EscalationFacts, { rule: 'blocker' }>> = {}) =>
  due(
    {
      rule: 'blocker',
      summary: 'Payment page times out',
      blockedSince: at('2026-11-30T14:05:00Z'),
      countedHours: 52.4,
      clockWords: 'business hours',
      thresholdHours: 48,
      sources: [
        { kind: 'flagged', since: at('2026-11-30T14:05:00Z') },
        { kind: 'status', since: at('2026-11-30T15:00:00Z'), statusId: '10007', statusName: 'Waiting for client' },
        { kind: 'link', since: at('2026-12-01T09:00:00Z'), issueKey: 'ENG-12', assigneeId: 'acc-unblocker' },
      ],
      ...over,
    },
    [...sponsors, { accountId: 'acc-assignee', role: 'assignee' }, { accountId: 'acc-unblocker', role: 'unblocker' }],
  );

const reminder = (question = 'Which payment provider do we use for the EU launch?') =>
  due(
    {
      rule: 'decision-reminder',
      decisionId: 'd-1',
      question,
      raisedBy: 'acc-raiser',
      raisedAt: at('2026-11-27T10:30:00Z'),
      dueAt: at('2026-11-30T10:30:00Z'),
      countedHoursOverdue: 26,
      clockWords: 'business hours',
      reminder: 2,
    },
    [{ accountId: 'acc-owner', role: 'owner' }],
    'remind-2',
  );

const stale = (question = 'Do we keep the legacy checkout?') =>
  due(
    {
      rule: 'stale-decision',
      decisionId: 'd-2',
      question,
      category: 'product',
      raisedBy: 'acc-raiser',
      raisedAt: at('2026-11-24T09:00:00Z'),
      countedHoursWaiting: 74,
      clockWords: 'business hours',
      thresholdHours: 72,
    },
    [
      { accountId: 'acc-dm', role: 'decision-maker' },
      { accountId: 'acc-owner', role: 'owner' },
    ],
  );

const scopeRecipients: Recipient[] = [{ accountId: 'acc-scope-dm', role: 'decision-maker' }, ...sponsors];

const sprintScope = (over: Partial<Extract<EscalationFacts, { rule: 'scope-change' }>> = {}) =>
  due(
    {
      rule: 'scope-change',
      source: 'sprint',
      sprintName: 'Sprint 12',
      day: '2026-12-01',
      decisionId: null,
      question: null,
      changes: [
        { issueKey: 'ENG-5', kind: 'added', points: 13 },
        { issueKey: 'ENG-7', kind: 'reestimated', points: 21 },
      ],
      totalPoints: 34,
      budgetPoints: 500,
      thresholdPercent: 5,
      ...over,
    },
    scopeRecipients,
  );

const decisionScope = (question = 'Add SSO to the MVP?') =>
  due(
    {
      rule: 'scope-change',
      source: 'decision',
      sprintName: null,
      day: null,
      decisionId: 'd-3',
      question,
      changes: [{ issueKey: 'ENG-9', kind: 'decision', points: 40 }],
      totalPoints: 40,
      budgetPoints: 500,
      thresholdPercent: 5,
    },
    scopeRecipients,
  );

const LINK = 'https://example.atlassian.net/jira/software/projects/ENG/apps/decisions/d-2';
const comment = (d: DueEscalation, decisionLink: string | null = null) => escalationComment(d, { names, decisionLink });
const inlines = (doc: AdfDoc): AdfInline[] => doc.content.flatMap((p) => p.content);
const mentionIds = (doc: AdfDoc) => inlines(doc).flatMap((n) => (n.type === 'mention' ? [n.attrs.id] : []));
const texts = (doc: AdfDoc) => inlines(doc).flatMap((n) => (n.type === 'text' ? [n.text] : []));

const FOOTER = (rule: string, step: string) => `Posted by Engagement Health for Jira — escalation ${rule} · ${step}.`;

describe('escalationComment: the words of each rule', () => {
  it('blocker: how long, since when (UTC), by what; the sponsors asked, who can unblock it', () => {
    expect(commentPlainText(comment(blocker()))).toBe(
      [
        'Blocked for 52 h (business hours) since Mon 30 Nov 14:05 UTC, by: flag; status “Waiting for client”; ENG-12 (is blocked by).',
        '@Client Sponsor @Delivery Sponsor: this blocker is past the 48 h threshold. Who can unblock it: @Assignee, @Unblocker.',
        FOOTER('blocker', 'escalate'),
      ].join('\n\n'),
    );
  });

  it('blocker: never rounds onto the threshold; wall clock says no clock; no threshold known, no sources, nobody to unblock', () => {
    const d = blocker({ countedHours: 48.5, clockWords: null, thresholdHours: undefined, sources: [] });
    const text = commentPlainText(escalationComment({ ...d, recipients: sponsors }, { names, decisionLink: LINK }));
    expect(text.split('\n\n')).toEqual(['Blocked for 48 h since Mon 30 Nov 14:05 UTC.', '@Client Sponsor @Delivery Sponsor: this blocker is past its threshold.', FOOTER('blocker', 'escalate')]);
    expect(commentPlainText(comment(blocker({ countedHours: 48.5 })))).toMatch(/^Blocked for more than 48 h \(business hours\) since/);
  });

  it('decision reminder: which reminder, the question, who raised it and when, how far past the SLA; the owners asked', () => {
    expect(commentPlainText(comment(reminder(), LINK))).toBe(
      [
        'Reminder 2: the decision “Which payment provider do we use for the EU launch?” raised by Raiser on Fri 27 Nov 10:30 UTC is past its SLA by 26 h (business hours).',
        '@Owner, please record the decision or say when it will be made.',
        `Open the decision (${LINK})`,
        FOOTER('decision-reminder', 'remind-2'),
      ].join('\n\n'),
    );
  });

  it('stale decision: the category, the wait past the threshold; the decision maker asked, the owners named; a link to the decision', () => {
    expect(commentPlainText(comment(stale(), LINK))).toBe(
      [
        'Escalation: the decision “Do we keep the legacy checkout?” (Product & UX) raised by Raiser has waited 74 h (business hours), past its 72 h threshold.',
        '@Decision Maker, please decide or delegate. Owner: @Owner.',
        `Open the decision (${LINK})`,
        FOOTER('stale-decision', 'escalate'),
      ].join('\n\n'),
    );
    const doc = comment(stale(), LINK);
    expect(doc.content[2]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Open the decision', marks: [{ type: 'link', attrs: { href: LINK } }] }] });
  });

  it('stale decision: several owners, nobody else to ask', () => {
    const d = stale();
    const owners: Recipient[] = [
      { accountId: 'acc-owner', role: 'owner' },
      { accountId: 'acc-assignee', role: 'owner' },
    ];
    expect(commentPlainText(comment({ ...d, recipients: owners })).split('\n\n')[1]).toBe('Please decide or delegate. Owners: @Owner, @Assignee.');
  });

  it('scope change in a sprint: the share, the sprint, the day, budget and threshold, each change; all asked to decide today', () => {
    expect(commentPlainText(comment(sprintScope(), LINK))).toBe(
      [
        'Scope change over 5 % of the budget: Sprint 12 grew by 34 points on 2026-12-01 (budget 500 points, threshold 25 points): ENG-5 added (13), ENG-7 re-estimated (+21).',
        '@Scope DM @Client Sponsor @Delivery Sponsor: this needs an explicit decision today.',
        FOOTER('scope-change', 'escalate'),
      ].join('\n\n'),
    );
  });

  it('scope change by a decision: its estimated impact, and the link to it', () => {
    expect(commentPlainText(comment(decisionScope(), LINK))).toBe(
      [
        'Scope change over 5 % of the budget: the decision “Add SSO to the MVP?” estimates an impact of 40 points (budget 500 points, threshold 25 points).',
        '@Scope DM @Client Sponsor @Delivery Sponsor: this needs an explicit decision today.',
        `Open the decision (${LINK})`,
        FOOTER('scope-change', 'escalate'),
      ].join('\n\n'),
    );
  });

  it('scope change: lists at most ten changes and counts the rest; fractions and a fractional share as set', () => {
    const changes = Array.from({ length: 14 }, (_, i) => ({ issueKey: `ENG-${i + 1}`, kind: 'added' as const, points: 2 }));
    const text = commentPlainText(comment(sprintScope({ changes, totalPoints: 28, thresholdPercent: 2.5, budgetPoints: 1000, sprintName: null, day: null })));
    expect(text.split('\n\n')[0]).toBe(
      'Scope change over 2.5 % of the budget: the sprint grew by 28 points (budget 1,000 points, threshold 25 points): ' +
        'ENG-1 added (2), ENG-2 added (2), ENG-3 added (2), ENG-4 added (2), ENG-5 added (2), ENG-6 added (2), ENG-7 added (2), ENG-8 added (2), ENG-9 added (2), ENG-10 added (2), and 4 more.',
    );
    expect(commentPlainText(comment(sprintScope({ totalPoints: 25.02, changes: [{ issueKey: 'ENG-5', kind: 'reestimated', points: -3 }] })))).toContain(
      'grew by more than 25 points on 2026-12-01 (budget 500 points, threshold 25 points): ENG-5 re-estimated (-3).',
    );
  });

  it('a decision link that is not an absolute http(s) URL is left out', () => {
    for (const link of ['javascript:alert(1)', '/relative/path', 'not a url', '']) {
      expect(JSON.stringify(comment(stale(), link))).not.toContain('link');
    }
    expect(JSON.stringify(comment(blocker(), LINK))).not.toContain(LINK);
  });

  it('ends every comment with the footer naming the rule and step', () => {
    for (const d of [blocker(), reminder(), stale(), sprintScope(), decisionScope()]) {
      const doc = comment(d, LINK);
      expect(doc.content.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: FOOTER(d.rule, d.step) }] });
    }
  });
});

describe('escalationComment: mentions', () => {
  it.each([
    ['blocker', blocker()],
    ['decision-reminder', reminder()],
    ['stale-decision', stale()],
    ['scope-change (sprint)', sprintScope()],
    ['scope-change (decision)', decisionScope()],
  ])('%s: one mention per recipient, in order, with the account id and "@" + name', (_rule, d) => {
    const doc = comment(d, LINK);
    expect(mentionIds(doc)).toEqual(d.recipients.map((r) => r.accountId));
    for (const node of inlines(doc)) if (node.type === 'mention') expect(node.attrs.text).toBe(`@${names.get(node.attrs.id)}`);
  });

  it('mentions nobody who is not a recipient: the raiser is named, not notified', () => {
    expect(mentionIds(comment(reminder()))).not.toContain('acc-raiser');
  });

  it('a recipient with no known name is "@someone"; a name is put on one line; a recipient without an account is left out', () => {
    const d = { ...reminder(), recipients: [{ accountId: 'acc-unknown', role: 'owner' as const }, { accountId: '', role: 'owner' as const }, { accountId: 'acc-odd', role: 'owner' as const }] };
    const doc = escalationComment(d, { names: new Map([['acc-odd', '  Ana\n  Nowak ']]), decisionLink: null });
    expect(commentPlainText(doc).split('\n\n')[0]).toContain('raised by someone on');
    expect(commentPlainText(doc).split('\n\n')[1]).toBe('@someone, @Ana Nowak, please record the decision or say when it will be made.');
    expect(mentionIds(doc)).toEqual(['acc-unknown', 'acc-odd']);
  });

  it('with no recipients at all, the request still reads as a sentence', () => {
    expect(commentPlainText(comment({ ...sprintScope(), recipients: [] })).split('\n\n')[1]).toBe('This needs an explicit decision today.');
    expect(commentPlainText(comment({ ...reminder(), recipients: [] })).split('\n\n')[1]).toBe('Please record the decision or say when it will be made.');
  });
});

describe('escalationComment: people’s text stays literal', () => {
  const ADF_LIKE = '{"type":"mention","attrs":{"id":"acc-evil","text":"@everyone"}} [click](javascript:alert(1)) <b>*bold*</b> @here';

  it('ADF-like JSON, markdown and markup in a question are text, not nodes', () => {
    const doc = comment(stale(ADF_LIKE), LINK);
    expect(mentionIds(doc)).toEqual(['acc-dm', 'acc-owner']);
    expect(texts(doc).join('')).toContain(`“${ADF_LIKE}”`);
    expect(inlines(doc).filter((n) => n.type === 'text' && n.marks)).toHaveLength(1);
  });

  it('a long question is cut to 300 characters, "…" included; emoji are never cut in half', () => {
    const long = `${'🚀'.repeat(299)}ab`;
    const text = commentPlainText(comment(reminder(long)));
    const quoted = /“(.*)”/u.exec(text)![1]!;
    expect([...quoted]).toHaveLength(300);
    expect(quoted).toBe(`${'🚀'.repeat(299)}…`);
    expect(isSafeText(text, 'multi')).toBe(true);
    expect([...oneLine('x'.repeat(300), 300)]).toHaveLength(300);
    expect(oneLine('x'.repeat(301), 300)).toBe(`${'x'.repeat(299)}…`);
  });

  it('surrogate pairs and combined emoji stay whole; lone surrogates and control characters become U+FFFD; whitespace runs become one space', () => {
    const doc = comment(reminder('  Ship 👩🏽‍💻 now?\n\n\tOr \u0007later \ud83d?  '));
    expect(texts(doc)[0]).toContain('the decision “Ship 👩🏽‍💻 now? Or \ufffdlater \ufffd?” raised by');
  });

  it('an empty question, status or sprint name reads as words, never as an empty text node', () => {
    const docs = [
      comment(reminder('   ')),
      comment(blocker({ sources: [{ kind: 'status', since: 0, statusId: '10007', statusName: ' ' }] })),
      comment(sprintScope({ sprintName: '  ', changes: [] })),
    ];
    expect(commentPlainText(docs[0]!)).toMatch(/^Reminder 2: an untitled decision raised by Raiser/);
    expect(commentPlainText(docs[1]!)).toContain('by: status “10007”.');
    expect(commentPlainText(docs[2]!)).toMatch(/: the sprint grew by 34 points on 2026-12-01 \(budget 500 points, threshold 25 points\)\.\n/);
    for (const doc of docs) for (const t of texts(doc)) expect(t.length).toBeGreaterThan(0);
  });
});

describe('escalationComment: valid ADF', () => {
  const docs = (): [string, AdfDoc][] => [
    ['blocker', comment(blocker())],
    ['blocker, bare', comment({ ...blocker({ sources: [], thresholdHours: undefined }), recipients: [] })],
    ['decision-reminder', comment(reminder(), LINK)],
    ['stale-decision', comment(stale(), LINK)],
    ['stale-decision, hostile', comment(stale(`${'{"type":"doc"}'.repeat(40)} 🚀\ud800\u0000`), LINK)],
    ['scope-change (sprint)', comment(sprintScope())],
    ['scope-change (decision)', comment(decisionScope(''), LINK)],
  ];

  it('the official ADF JSON schema is installed (it comes with @forge/bridge)', () => {
    expect(officialAdfValidator()).not.toBeNull();
  });

  it.each(adfValidators())('each rule’s comment is valid against the %s schema', (_name, validate) => {
    for (const [rule, doc] of docs()) {
      const valid = validate(doc);
      if (!valid) throw new Error(`${rule}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    // The validator is not a rubber stamp.
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: '' }] }] })).toBe(false);
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { text: '@x' } }] }] })).toBe(false);
  });

  it('the official schema checks a link mark too', () => {
    const validate = officialAdfValidator()!;
    expect(validate({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Open', marks: [{ type: 'link', attrs: {} }] }] }] })).toBe(false);
  });
});

describe('commentPlainText', () => {
  it('mentions as their text, hard breaks as new lines, paragraphs a blank line apart', () => {
    const doc: AdfDoc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'a', text: '@Ana' } }, { type: 'text', text: ' one' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'three' }] },
      ],
    };
    expect(commentPlainText(doc)).toBe('@Ana one\ntwo\n\nthree');
  });
});

describe('utcWords', () => {
  it('says UTC, and the year only when it is not the reference’s', () => {
    expect(utcWords(at('2026-11-30T14:05:00Z'), at('2026-12-02T00:00:00Z'))).toBe('Mon 30 Nov 14:05 UTC');
    expect(utcWords(at('2025-12-30T09:00:00Z'), at('2026-01-02T00:00:00Z'))).toBe('Tue 30 Dec 2025 09:00 UTC');
    expect(utcWords(Number.NaN, 0)).toBe('an unknown time');
    expect(utcWords(at('2026-11-30T23:59:00Z') + HOUR / 60, at('2026-12-01T00:00:00Z'))).toBe('Tue 1 Dec 00:00 UTC');
  });
});
