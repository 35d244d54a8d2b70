import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';

describe('parseArgs', () => {
  it('reads the audit command with every option', () => {
    const args = parseArgs([
      'audit',
      'contacts.csv',
      'deals.json',
      '--kind',
      'contact',
      '--map',
      'Kundennummer=id',
      '--map=Segment=tags',
      '--id-column',
      'Record ID',
      '--now',
      '2026-06-30',
      '--config=cfg.json',
      '--format',
      'html',
      '--out',
      'report.html',
      '--region',
      'ir',
      '--redact',
      '--quiet',
    ]);
    expect(args).toEqual({
      command: 'audit',
      files: ['contacts.csv', 'deals.json'],
      kind: 'contact',
      map: { Kundennummer: 'id', Segment: 'tags' },
      idColumn: 'Record ID',
      now: new Date('2026-06-30'),
      config: 'cfg.json',
      format: 'html',
      out: 'report.html',
      region: 'IR',
      redact: true,
      quiet: true,
    });
  });

  it('defaults to JSON on stdout', () => {
    expect(parseArgs(['audit', 'a.csv'])).toEqual({
      command: 'audit',
      files: ['a.csv'],
      map: {},
      format: 'json',
      redact: false,
      quiet: false,
    });
    expect(parseArgs(['audit', '--', '--weird-name.csv'])).toMatchObject({ files: ['--weird-name.csv'] });
  });

  it.each([
    [[], 'no command given'],
    [['scan', 'a.csv'], 'unknown command "scan" (expected "audit")'],
    [['audit'], 'no input file given'],
    [
      ['audit', 'a.csv', '--kind', 'robot'],
      '--kind "robot": expected one of contact, lead, company, deal, task, activity, user, ticket, campaign',
    ],
    [['audit', 'a.csv', '--map', 'Header'], '--map "Header": expected Header=field'],
    [['audit', 'a.csv', '--map', 'Header=favouriteColour'], '--map "Header=favouriteColour": unknown field "favouriteColour"'],
    [['audit', 'a.csv', '--now', 'yesterday'], '--now "yesterday": expected an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z'],
    [['audit', 'a.csv', '--format', 'xml'], '--format "xml": expected json, csv or html'],
    [['audit', 'a.csv', '--region', 'Iran'], '--region "Iran": expected a two-letter region such as US, IR or JP'],
    [['audit', 'a.csv', '--lang', 'de'], '--lang "de": expected en, fa, ja'],
    [['audit', 'a.csv', '--out'], '--out needs a value'],
    [['audit', 'a.csv', '--verbose'], 'unknown option "--verbose"'],
  ])('%j → %s', (argv, message) => expect(parseArgs(argv)).toEqual({ command: 'error', message }));

  it('knows help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['audit', 'a.csv', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });
});
