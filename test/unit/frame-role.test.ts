import { describe, expect, it } from 'vitest';
import { frameRole } from '../../lib/page/frame-role';

const topDoc = { documentElement: {} } as unknown as Document;
const frameDoc = { documentElement: {} } as unknown as Document;
const top = { document: topDoc } as unknown as Window & { top: Window };
(top as { top: Window }).top = top;

/** A frame window as the content script sees it. */
function frame(fields: { frameElement?: unknown; innerWidth?: number; innerHeight?: number; topThrows?: boolean }): Window {
  const win: Record<string, unknown> = {
    document: frameDoc,
    frameElement: 'frameElement' in fields ? fields.frameElement : {},
    innerWidth: fields.innerWidth ?? 640,
    innerHeight: fields.innerHeight ?? 320,
  };
  Object.defineProperty(win, 'top', {
    get: () =>
      fields.topThrows
        ? {
            get document(): Document {
              throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
            },
          }
        : top,
  });
  return win as unknown as Window;
}

describe('frameRole', () => {
  it('runs in the top page, which decides for itself', () => {
    expect(frameRole(top)).toEqual({ top: true, factsDoc: topDoc });
  });

  it('runs in a same-origin frame of a readable size, deciding from its top page', () => {
    expect(frameRole(frame({}))).toEqual({ top: false, factsDoc: topDoc });
  });

  it('stops in a frame whose parent is of another origin (no frameElement)', () => {
    expect(frameRole(frame({ frameElement: null }))).toBeUndefined();
  });

  it('stops in a frame whose top page is of another origin', () => {
    expect(frameRole(frame({ topThrows: true }))).toBeUndefined();
  });

  it('stops in pixel, hidden and narrow frames', () => {
    expect(frameRole(frame({ innerWidth: 1, innerHeight: 1 }))).toBeUndefined();
    expect(frameRole(frame({ innerWidth: 0, innerHeight: 0 }))).toBeUndefined();
    expect(frameRole(frame({ innerWidth: 180, innerHeight: 600 }))).toBeUndefined();
    expect(frameRole(frame({ innerWidth: 200, innerHeight: 100 }))).toEqual({ top: false, factsDoc: topDoc });
  });
});
