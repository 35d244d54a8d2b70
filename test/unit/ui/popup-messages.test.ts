// The popup words failures and skipped counts from typed data, in the user's language: the
// worker's English text never reaches the user as such.
import { afterEach, describe, expect, it } from 'vitest';
import { MessageError } from '../../../src/messages';
import { StorageError } from '../../../src/store/db';
import { errorText } from '../../../src/ui/error-text';
import { skippedSummary } from '../../../src/ui/popup/skipped-line';
import { setFakeLanguage } from '../fake-browser';

afterEach(() => setFakeLanguage('en'));

describe('popup messages', () => {
  it('says "nothing read yet" from the reply code, in en, fa and ja', () => {
    const e = new MessageError('nothing-read', 'nothing has been read from this CRM yet: open a list…');
    expect(errorText(e)).toMatch(/^Nothing has been read from this CRM yet/);
    setFakeLanguage('fa');
    expect(errorText(e)).toMatch(/^هنوز چیزی از این CRM خوانده نشده/);
    setFakeLanguage('ja');
    expect(errorText(e)).toMatch(/^このCRMからはまだ何も読み取っていません/);
  });

  it('words storage, permission and worker failures by code, keeping raw text only as detail', () => {
    setFakeLanguage('fa');
    expect(errorText(new MessageError('storage-full', 'Browser storage is full'))).toMatch(/^فضای ذخیره‌سازی مرورگر پر است/);
    expect(errorText(new StorageError('blocked', 'blocked'))).toMatch(/^پایگاه داده ممیزی/);
    expect(errorText(new MessageError('unavailable', 'Could not establish connection'))).toMatch(/^افزونه پاسخ نداد/);
    expect(errorText(new MessageError('forbidden', 'permission for this site was not granted'), 'popupPermissionDenied')).toMatch(/^مجوز داده نشد/);
    expect(errorText(new MessageError('internal', 'boom'))).toBe('مشکلی پیش آمد: boom');
  });

  it('lists what the readers skipped, localised, and leaves out what is not about reading', () => {
    const skipped = { 'cross-origin frame': 3, 'unreadable row': 2, 'findings ignored by the user': 7, 'duplicate row': 1 };
    expect(skippedSummary(skipped)).toBe('Skipped while reading: 3 cross-origin frames, 2 rows without cells, 1 repeated rows');
    setFakeLanguage('ja');
    expect(skippedSummary(skipped)).toBe('読み取り時にスキップ: 他オリジンのフレーム 3 件、セルのない行 2 件、重複した行 1 件');
    expect(skippedSummary({ 'findings ignored by the user': 4 })).toBeNull();
    expect(skippedSummary(undefined)).toBeNull();
  });
});
