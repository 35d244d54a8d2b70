// The context menu's worker side: which pages show it, where a click goes, which decisions are marks.
import { describe, expect, it } from 'vitest';
import { MARK_CHECK } from '../../../src/messages';
import type { StoredDecision } from '../../../src/store/db';
import { MENU_IDS, markRequest, marksFor, setUpMenus, type MenusApi } from '../../../src/worker/context-menu';

function recordingApi() {
  const created: Parameters<MenusApi['create']>[0][] = [];
  let removed = 0;
  const api: MenusApi = {
    async removeAll() {
      removed++;
      created.length = 0;
    },
    create(props) {
      created.push(props);
    },
  };
  return { api, created, removed: () => removed };
}

const t = (key: string) => `«${key}»`;

describe('context menu', () => {
  it('shows both items only on the enabled CRMs, with localised titles', async () => {
    const { api, created, removed } = recordingApi();
    await setUpMenus(api, ['https://crm.example', 'http://localhost:8080', 'https://crm.example'], t);
    expect(removed()).toBe(1);
    expect(created.map((c) => [c.id, c.title])).toEqual([
      [MENU_IDS.duplicate, '«menuFlagDuplicate»'],
      [MENU_IDS.review, '«menuMarkReview»'],
    ]);
    // ports are left out of match patterns (Firefox rejects them); duplicates collapse
    for (const c of created) expect(c.documentUrlPatterns).toEqual(['https://crm.example/*', 'http://localhost/*']);
  });

  it('hides the items while no CRM is enabled (an empty pattern list would show them everywhere)', async () => {
    const { api, created } = recordingApi();
    await setUpMenus(api, [], t);
    expect(created).toHaveLength(2);
    for (const c of created) {
      expect(c.visible).toBe(false);
      expect(c.documentUrlPatterns).toBeUndefined();
    }
  });

  it('forwards a click to the frame it happened in, for that frame’s origin', () => {
    const r = markRequest(
      { menuItemId: MENU_IDS.review, frameId: 3, pageUrl: 'https://crm.example/contacts', frameUrl: 'https://frame.crm.example/list' },
      { id: 12, url: 'https://crm.example/contacts' },
    );
    expect(r).toEqual({
      tabId: 12,
      frameId: 3,
      notice: { channel: 'crm-audit-lens', type: 'overlay.mark', payload: { origin: 'https://frame.crm.example', action: 'review' } },
    });
    expect(markRequest({ menuItemId: MENU_IDS.duplicate, pageUrl: 'https://crm.example/x' }, { id: 1 })?.notice.payload).toEqual({
      origin: 'https://crm.example',
      action: 'duplicate',
    });
  });

  it('ignores other menus, tabs without an id and pages without an origin', () => {
    expect(markRequest({ menuItemId: 'someone-else', pageUrl: 'https://crm.example/' }, { id: 1 })).toBeUndefined();
    expect(markRequest({ menuItemId: MENU_IDS.review, pageUrl: 'https://crm.example/' }, undefined)).toBeUndefined();
    expect(markRequest({ menuItemId: MENU_IDS.review, pageUrl: 'https://crm.example/' }, { id: -1 })).toBeUndefined();
    expect(markRequest({ menuItemId: MENU_IDS.review, pageUrl: 'data:text/html,hi' }, { id: 1 })).toBeUndefined();
  });

  it('turns stored mark decisions into marks for the records asked about; "ignore" unmarks', () => {
    const d = (id: string, decision: StoredDecision['decision'], check = MARK_CHECK): StoredDecision => ({
      key: `k-${id}-${check}`,
      origin: 'https://crm.example',
      check,
      records: [{ kind: 'contact', id }],
      decision,
      at: '2026-11-23T00:00:00Z',
    });
    const decisions = [d('c1', 'duplicate'), d('c2', 'review'), d('c3', 'ignore'), d('c4', 'review', 'duplicates'), d('c5', 'review')];
    const asked = ['c1', 'c2', 'c3', 'c4'].map((id) => ({ kind: 'contact', id }));
    expect(marksFor(decisions, asked)).toEqual([
      { kind: 'contact', id: 'c1', decision: 'duplicate' },
      { kind: 'contact', id: 'c2', decision: 'review' },
    ]);
  });
});
