// The header dictionary: en/fa/ja labels, CRM vocabularies, kind overrides, page-label cleanup,
// and the signatures the CSV importer relies on.
import { describe, expect, it } from 'vitest';
import {
  addSynonym,
  applyField,
  fieldType,
  mapRaw,
  matchHeader,
  matchLabel,
  MAX_VALUE_LENGTH,
  normaliseHeader,
  settleFields,
} from '../../../src/readers/dictionary';
import type { CanonicalFields } from '../../../src/model/record';

describe('matchHeader', () => {
  it.each([
    ['Email', 'emails'],
    ['ایمیل', 'emails'],
    ['メールアドレス', 'emails'],
    ['Phone', 'phones'],
    ['تلفن', 'phones'],
    ['電話番号', 'phones'],
    ['Owner', 'owner'],
    ['مالک', 'owner'],
    ['担当者', 'owner'],
    ['Last activity', 'lastActivityAt'],
    ['آخرین فعالیت', 'lastActivityAt'],
    ['最終活動日', 'lastActivityAt'],
    ['آخرین به‌روزرسانی', 'updatedAt'],
    ['آخرین بهروزرسانی', 'updatedAt'],
    ['更新日', 'updatedAt'],
    ['Lifecycle stage', 'lifecycle'],
    ['مرحله چرخه عمر', 'lifecycle'],
    ['ライフサイクルステージ', 'lifecycle'],
    ['Stage changed', 'stageChangedAt'],
    ['تاریخ تغییر مرحله', 'stageChangedAt'],
    ['ステージ変更日', 'stageChangedAt'],
    ['روش ترجیحی ارتباط', 'preferredContactMethod'],
    ['希望連絡方法', 'preferredContactMethod'],
  ])('en/fa/ja: %s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each([
    ['StageName', 'stage'],
    ['LastModifiedDate', 'updatedAt'],
    ['MailingCity', 'city'],
    ['OwnerId', 'ownerId'],
    ['AccountId', 'companyId'],
    ['hubspot_owner_id', 'ownerId'],
    ['lifecyclestage', 'lifecycle'],
    ['notes_last_contacted', 'lastActivityAt'],
    ['hs_lead_status', 'status'],
    ['add_time', 'createdAt'],
    ['update_time', 'updatedAt'],
    ['org_name', 'company'],
    ['expected_close_date', 'closeDate'],
    ['Last_Activity_Time', 'lastActivityAt'],
    ['Modified_Time', 'updatedAt'],
    ['Closing_Date', 'closeDate'],
    ['Account_Name', 'company'],
    ['emailaddress1', 'emails'],
    ['telephone1', 'phones'],
    ['modifiedon', 'updatedAt'],
    ['estimatedclosedate', 'closeDate'],
    ['Est. Close Date', 'closeDate'],
    ['email_from', 'emails'],
    ['write_date', 'updatedAt'],
    ['expected_revenue', 'amount'],
    ['date_last_stage_update', 'stageChangedAt'],
    ['dueAt', 'dueDate'],
    ['jobTitle', 'title'],
    ['assignedUserName', 'owner'],
    ['modifiedAt', 'updatedAt'],
    ['date_entered', 'createdAt'],
    ['Date Modified', 'updatedAt'],
  ])('CRM vocabulary: %s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it('overrides by kind: a company list names itself by "Company name", a deal\'s contact is not its name', () => {
    expect(matchHeader('Company name', 'company')).toBe('name');
    expect(matchHeader('Company name', 'contact')).toBe('company');
    expect(matchHeader('Contact', 'deal')).toBeUndefined();
    expect(matchHeader('Contact', 'activity')).toBe('relatedTo');
    expect(matchHeader('Title', 'deal')).toBe('name');
    expect(matchHeader('Title', 'task')).toBe('subject');
    expect(matchHeader('Type', 'activity')).toBe('activityType');
    expect(matchHeader('Type', 'company')).toBeUndefined();
  });

  it('settles "نام" by its neighbours: full name alone, first name beside a last name', () => {
    expect(settleFields(['نام', 'ایمیل'], [matchHeader('نام'), 'emails'])).toEqual(['name', 'emails']);
    expect(settleFields(['نام', 'نام خانوادگی'], ['firstName', 'lastName'])).toEqual(['firstName', 'lastName']);
  });

  it('matchLabel reads labels as pages show them', () => {
    expect(matchLabel('Email ▲')).toBe('emails');
    expect(matchLabel('Name, sorted ascending')).toBe('name');
    expect(matchLabel('Tags (3)')).toBe('tags');
    expect(matchLabel('Last Activity Date (EST)')).toBe('lastActivityAt');
    expect(matchLabel('Contact: Email')).toBe('emails');
    expect(matchLabel('Phone *')).toBe('phones');
    expect(matchLabel('x'.repeat(5000))).toBeUndefined();
  });
});

describe("the importer's surface", () => {
  it('keeps normaliseHeader, fieldType, MAX_VALUE_LENGTH and mapRaw(row, kind)', () => {
    expect(normaliseHeader('First_Name')).toBe('firstname');
    expect(normaliseHeader('firstName')).toBe('firstname');
    expect(fieldType('tags')).toBe('list');
    expect(fieldType('createdAt')).toBe('date');
    expect(MAX_VALUE_LENGTH).toBe(10_000);
    const m = mapRaw(
      {
        'First Name': 'Ann',
        Email: 'a@x.example; b@x.example',
        Amount: '$1,200',
        Created: 'not a date',
        Tags: ['vip', 'partner'],
        Notes: 'x'.repeat(20_000),
      },
      'contact',
    );
    expect(m.fields).toMatchObject({ firstName: 'Ann', emails: ['a@x.example', 'b@x.example'], tags: ['vip', 'partner'] });
    expect(m.fields.notes).toHaveLength(MAX_VALUE_LENGTH);
    expect(m.skipped).toEqual({ 'unparseable date': 1 });
    expect(m.raw['First Name']).toBe('Ann');
  });

  it('reads Jalali dates through mapRaw', () => {
    expect(mapRaw({ 'تاریخ ایجاد': '۱۴۰۳/۰۲/۱۵' }, 'contact').fields.createdAt).toBe('2024-05-04T00:00:00.000Z');
  });

  it('addSynonym extends the dictionary at run time, past remembered answers', () => {
    expect(matchHeader('Rep Email Address Custom')).toBeUndefined();
    addSynonym('Rep Email Address Custom', 'emails');
    expect(matchHeader('Rep Email Address Custom')).toBe('emails');
  });

  it('applyField types values and counts what it cannot read', () => {
    const f: CanonicalFields = {};
    const skipped: Record<string, number> = {};
    applyField(f, skipped, 'amount', '12.500,00 €');
    applyField(f, skipped, 'lastActivityAt', '3 days ago', undefined, { now: new Date('2026-11-20T12:00:00Z') });
    applyField(f, skipped, 'closeDate', 'soon');
    expect(f).toEqual({ amount: 12500, lastActivityAt: '2026-11-17T12:00:00.000Z' });
    expect(skipped).toEqual({ 'unparseable date': 1 });
  });
});
