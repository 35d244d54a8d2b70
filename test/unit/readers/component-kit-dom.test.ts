// @vitest-environment happy-dom
// Pages built the way React-admin/shadcn/Tailwind CRMs build them: list rows that are one big
// record link (avatar initials, a name line, "Title at <span>Company</span>", badge chips, a
// relative date with the exact one in `title`, a colour dot with a status word), company cards,
// a drag-and-drop kanban board whose cards carry their ids in data-rfd-draggable-id, and a record
// page with an app bar heading, a note composer, a notes feed and a sidebar of sections.
// The markup is written for these tests in the same structure; every value is invented.
import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../../src/readers';
import { titleAtCompany } from '../../../src/readers/dom/blocks';
import { expandAmount, ownerSentence } from '../../../src/readers/dom/shapes';
import { closeWindows, loadHtml, NOW } from './helpers';

const BASE = 'https://kit-crm.example';
function read(html: string, hash: string) {
  const url = `${BASE}/${hash}`;
  return readPage(loadHtml(`<!doctype html><html><body>${html}</body></html>`, url), url, { now: NOW });
}
const fieldsOf = (r: ReturnType<typeof read>) => r.records.map((x) => x.record.fields);

afterAll(closeWindows);

// initials as React renders them: one text node per letter
const avatar = (a: string, b = '') =>
  `<span data-slot="avatar" class="relative flex size-8 rounded-full"><span data-slot="avatar-fallback" class="flex items-center">${a}${b ? `<!-- -->${b}` : ''}</span></span>`;
const badge = (t: string) =>
  `<span data-slot="badge" class="inline-flex rounded-md border px-2 text-xs" style="background-color: rgb(220, 230, 240);">${t}</span>`;
const dot = (status: string) =>
  `<div class="group relative inline-block"><span class="inline-block w-2.5 h-2.5 rounded-full" style="background-color: rgb(200, 120, 90);"></span><div class="absolute bottom-full opacity-0 text-xs">${status}</div></div>`;

function contactRow(
  id: string,
  initials: [string, string],
  name: string,
  title: string,
  company: string,
  tasks: string,
  tags: string[],
  iso: string,
  shown: string,
  status: string,
) {
  return `<div class="flex flex-row items-center pl-2"><div class="px-4"><button type="button" role="checkbox" aria-checked="false"></button></div>
    <a class="flex-1 flex flex-row gap-4" href="#/contacts/${id}/show">${avatar(...initials)}
      <div class="flex-1 min-w-0"><div class="font-medium">${name}</div>
        <div class="text-sm text-muted-foreground">${title} at <span>${company}</span>${tasks}&nbsp;&nbsp;<div class="inline-block"><span><div class="flex gap-2">${tags.map(badge).join('')}</div></span></div></div></div>
      <div class="text-right ml-4"><div class="text-sm text-muted-foreground" title="${iso}">${shown} ${dot(status)}</div></div></a></div>`;
}

describe('card rows that are one record link (no headers)', () => {
  const html = `<main><div data-slot="card" class="flex flex-col rounded-xl border"><div>
    ${contactRow('71', ['N', 'K'], 'Nadia Kowalczyk', 'Head of Procurement', 'Lindqvist Timber', ' - 2 tasks', ['partner', 'trade-fair'], '2026-11-20T09:15:00.000Z', 'last activity today at 9:15 AM', 'Warm')}
    ${contactRow('72', ['O', 'B'], 'Oskar Brandt', 'CFO', 'Brandt &amp; Söhne', '', [], '2026-11-19T16:02:00.000Z', 'last activity yesterday at 4:02 PM', 'Cold')}
    ${contactRow('73', ['س', 'ر'], 'سارا رحیمی', 'مدیر فروش', 'شرکت آوا', ' - 1 task', ['مشتری ویژه'], '2026-11-02T07:30:00.000Z', 'last activity 18 days ago', 'In Contract')}
  </div></div></main>`;

  it('reads the name line, "Title at Company", chips, the exact date from title and the status by its dot', () => {
    const r = read(html, '#/contacts');
    expect(r.records.map((x) => [x.record.kind, x.record.source.id])).toEqual([
      ['contact', '71'],
      ['contact', '72'],
      ['contact', '73'],
    ]);
    expect(fieldsOf(r)).toEqual([
      {
        name: 'Nadia Kowalczyk',
        title: 'Head of Procurement',
        company: 'Lindqvist Timber',
        tags: ['partner', 'trade-fair'],
        lastActivityAt: '2026-11-20T09:15:00.000Z',
        status: 'Warm',
      },
      { name: 'Oskar Brandt', title: 'CFO', company: 'Brandt & Söhne', lastActivityAt: '2026-11-19T16:02:00.000Z', status: 'Cold' },
      {
        name: 'سارا رحیمی',
        title: 'مدیر فروش',
        company: 'شرکت آوا',
        tags: ['مشتری ویژه'],
        lastActivityAt: '2026-11-02T07:30:00.000Z',
        status: 'In Contract',
      },
    ]);
    // the avatar initials and the "- 2 tasks" tail are nowhere in what was read
    const raw = JSON.stringify(r.records.map((x) => x.record.raw));
    expect(raw).not.toMatch(/\bNK\b|N K|2 tasks/);
  });
});

describe('company cards', () => {
  const card = (id: string, letter: string, name: string, sector: string, people: string[]) =>
    `<a class="no-underline" href="#/companies/${id}/show"><div data-slot="card" class="flex flex-col p-4"><div class="flex flex-col items-center">${avatar(letter)}
      <div class="text-center"><h6 class="text-sm font-medium">${name}</h6><p class="text-xs text-muted-foreground">${sector}</p></div></div>
      <div class="flex flex-row"><div class="flex -space-x-0.5">${people
        .map(
          (p) =>
            `<span data-slot="avatar" class="rounded-full" title="${p}"><span data-slot="avatar-fallback">${p
              .split(' ')
              .map((w) => w[0])
              .join('')}</span></span>`,
        )
        .join('')}</div></div></div></a>`;

  it('takes the name from the heading and the industry from the line below it', () => {
    const r = read(
      `<main><div class="w-full grid">${card('5', 'L', 'Lindqvist Timber', 'Forestry', ['Nadia Kowalczyk', 'Ivo Lind'])}${card('6', 'B', 'Brandt &amp; Söhne', 'Machinery', [])}${card('7', '山', '山田精機株式会社', '製造業', ['山田 太郎'])}</div></main>`,
      '#/companies',
    );
    expect(r.records.map((x) => x.record.source.id)).toEqual(['5', '6', '7']);
    expect(fieldsOf(r)).toEqual([
      { name: 'Lindqvist Timber', industry: 'Forestry' },
      { name: 'Brandt & Söhne', industry: 'Machinery' },
      { name: '山田精機株式会社', industry: '製造業' },
    ]);
  });
});

describe('drag-and-drop kanban boards', () => {
  const dealCard = (id: string, company: string, title: string, amount: string, category: string) =>
    `<div class="cursor-pointer" data-rfd-draggable-context-id="c1" data-rfd-draggable-id="${id}" tabindex="0" role="button" data-rfd-drag-handle-draggable-id="${id}">
      <div data-slot="card" class="rounded-xl border"><div data-slot="card-content" class="px-3 flex flex-col">
        <div class="flex-1 flex"><p class="flex-1 text-sm font-medium"><span>${company}</span> - ${title}</p>${avatar(company[0]!)}</div>
        <p class="text-xs text-muted-foreground"><span>${amount}</span>, <span>${category}</span></p></div></div></div>`;
  const column = (key: string, label: string, total: string, cards: string) =>
    `<div class="flex-1 pb-8"><div class="flex flex-col items-center"><h3 class="text-base font-medium">${label}</h3><p class="text-sm text-muted-foreground">${total}</p></div>
      <div data-rfd-droppable-id="${key}" data-rfd-droppable-context-id="c1" class="flex flex-col gap-2">${cards}</div></div>`;
  const board = `<main><div class="flex gap-4">
    ${column('qualified', 'Qualified', '$120.4K', dealCard('301', 'Lindqvist Timber', 'Sawmill retrofit', '$37.7K', 'Consulting') + dealCard('302', 'Brandt & Söhne', 'Spare parts 2027', '$82.7K', 'Supply'))}
    ${column('won', 'Won', '$1.2M', dealCard('303', 'شرکت آوا', 'قرارداد پشتیبانی', '$1.2M', 'Support'))}
  </div></main>`;

  it('reads cards without links: id from the draggable id, stage from the column header, company - title, rounded amounts', () => {
    const r = read(board, '#/deals');
    expect(r.records.map((x) => [x.record.kind, x.record.source.id, x.record.source.idIsHash])).toEqual([
      ['deal', '301', undefined],
      ['deal', '302', undefined],
      ['deal', '303', undefined],
    ]);
    expect(fieldsOf(r)).toEqual([
      { company: 'Lindqvist Timber', name: 'Sawmill retrofit', amount: 37700, stage: 'Qualified' },
      { company: 'Brandt & Söhne', name: 'Spare parts 2027', amount: 82700, stage: 'Qualified' },
      { company: 'شرکت آوا', name: 'قرارداد پشتیبانی', amount: 1200000, stage: 'Won' },
    ]);
    // what was shown stays in raw: the amount as rounded on the card, the category line
    expect(r.records[0]!.record.raw).toMatchObject({ amount: '$37.7K', 'text 1': 'Consulting' });
    expect(r.records[0]!.elements[0]!.getAttribute('data-rfd-draggable-id')).toBe('301');
  });

  it('skips a board whose kind it cannot tell, and says so', () => {
    const r = read(board.replace(/\$[\d.]+[KM]/g, 'x'), '#/board');
    expect(r.records).toEqual([]);
    expect(r.notes.join(' ')).toMatch(/board skipped: record kind unknown \(3 cards\)/);
  });
});

describe('record page of a component-kit CRM', () => {
  const page = (
    sidebarClass: string,
  ) => `<div id="root"><nav><header><a href="#/"><h1>Kit CRM</h1></a><nav><a href="#/contacts">Contacts</a></nav></header></nav>
  <main id="main-content"><div><div data-slot="card"><div data-slot="card-content">
    <div>${avatar('N', 'K')}<div><h5>Nadia Kowalczyk</h5><div>Head of Procurement at <span><a href="#/companies/5/show">&nbsp;<span>Lindqvist Timber</span></a></span></div></div></div>
    <form><div data-slot="form-item" role="group"><textarea placeholder="Add a note" name="text"></textarea></div>
      <div data-slot="form-item" role="group"><label for="st" id="st-l"><span>Status</span></label>
        <button type="button" role="combobox" aria-labelledby="st-l"><span data-slot="select-value"><div><span style="background-color: rgb(1, 2, 3);"></span>Hot</div></span></button>
        <select aria-hidden="true" id="st"><option value="cold">Cold</option><option value="hot" selected>Hot</option></select></div>
      <div data-slot="form-item" role="group"><label for="dt"><span>Date</span></label><input id="dt" type="datetime-local" value="2026-11-20T12:00" name="date"></div>
      <button type="button">Add this note</button></form>
    <div class="mt-4 space-y-4">
      <div><div class="flex"><div>Ivo Lind added a note ${dot('Cold')}</div><span>today at 8:05 AM</span></div>
        <div><p>Called about the sawmill retrofit; she is at the trade fair until Friday and wants the quote by e-mail.</p></div></div>
      <div><div class="flex"><div>Ivo Lind added a note ${dot('Warm')}</div><span>11/02/2026</span></div>
        <div><p>First meeting at their Uppsala office, met the whole procurement team and toured the sawmill floor.</p></div></div>
    </div></div></div></div>
    <div class="${sidebarClass} w-92 text-sm">
      <div><a aria-label="Edit contact" href="#/contacts/71">Edit contact</a></div>
      <div><h3>Status</h3><div role="none" data-slot="separator-root"></div><div><button type="button" role="combobox"><span data-slot="select-value"><div><span style="background-color: rgb(1, 2, 3);"></span>Warm</div></span></button></div></div>
      <div><h3>Personal info</h3><div role="none" data-slot="separator-root"></div><div>
        <div><button type="button" title="Copy"></button><div><a href="mailto:nadia@lindqvist-timber.example">nadia@lindqvist-timber.example</a></div></div>
        <p>Has newsletter</p>
        <div><div><span>+46 18 555 0142 x77</span><span class="text-muted-foreground">Work</span></div><div><span>070-555 01 99</span></div></div></div></div>
      <div><h3>Background info</h3><div role="none" data-slot="separator-root"></div><div>
        <div><span>Buys for three mills.</span></div>
        <div><span>Added on October 3, 2026</span></div><div><span>Last activity on November 20, 2026</span></div>
        <div>Followed by Ivo Lind</div></div></div>
      <div><h3>Tags</h3><div role="none" data-slot="separator-root"></div><div><div><div style="background-color: rgb(9, 9, 9);">partner<button></button></div><div style="background-color: rgb(9, 9, 9);">trade-fair<button></button></div></div><div><button type="button">Add tag</button></div></div></div>
      <div><h3>Tasks</h3><div role="none" data-slot="separator-root"></div><div><div><div>Call back about the quote</div><div>due 2/19/2027, 9:00:00 AM</div></div><div><button>Add task</button></div></div></div>
    </div></div></main></div>`;

  it('reads the heading inside main, the sidebar sections, and nothing from the composer or the notes feed', () => {
    const r = read(page('hidden sm:block'), '#/contacts/71/show');
    expect(r.records).toHaveLength(1);
    const rec = r.records[0]!.record;
    expect([rec.kind, rec.source.id]).toEqual(['contact', '71']);
    expect(rec.fields).toEqual({
      name: 'Nadia Kowalczyk',
      title: 'Head of Procurement',
      company: 'Lindqvist Timber',
      companyId: '5',
      status: 'Warm',
      emails: ['nadia@lindqvist-timber.example'],
      phones: ['+46 18 555 0142 x77', '070-555 01 99'],
      createdAt: '2026-10-03T00:00:00.000Z',
      lastActivityAt: '2026-11-20T00:00:00.000Z',
      owner: 'Ivo Lind',
      tags: ['partner', 'trade-fair'],
    });
    expect(rec.raw['phone (work)']).toBe('+46 18 555 0142 x77');
    const raw = JSON.stringify(rec.raw);
    // nor from the related tasks section: their due dates are the tasks'
    expect(raw).not.toMatch(/Kit CRM|2026-11-20T12:00|sawmill retrofit|Hot|Add tag|quote|2027/);
  });

  it('reads a phone-only "hidden" sidebar as hidden (no wider-screen variant)', () => {
    const rec = read(page('hidden'), '#/contacts/71/show').records[0]!.record;
    expect(rec.fields.emails).toBeUndefined();
    expect(rec.fields.name).toBe('Nadia Kowalczyk');
  });
});

describe('shape helpers', () => {
  it('tells times from "Title at Company"', () => {
    expect(titleAtCompany('today at 11:41 AM')).toBeUndefined();
    expect(titleAtCompany('Tuesday at 3 PM')).toBeUndefined();
    expect(titleAtCompany('Sunrise Lead at Dawn Bakery')).toEqual({ title: 'Sunrise Lead', company: 'Dawn Bakery' });
  });

  it('reads owner sentences in en, fa and ja, and rounded amounts', () => {
    expect(ownerSentence('Followed by Ivo Lind')).toBe('Ivo Lind');
    expect(ownerSentence('مسئول سارا رحیمی')).toBe('سارا رحیمی');
    expect(ownerSentence('担当 山田太郎')).toBe('山田太郎');
    expect(ownerSentence('Followed by the whole team, see the notes.')).toBeUndefined();
    expect(expandAmount('$37.7K')).toBe('$37700');
    expect(expandAmount('€1.25M')).toBe('€1250000');
    expect(expandAmount('$8,600')).toBe('$8,600');
  });
});
