// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyLink } from './copyLink.ts';

const LINK = 'https://masar.example/?event=e1';

function device({
  clipboard,
  coarse,
  share,
}: {
  clipboard: boolean;
  coarse: boolean;
  share?: () => Promise<void>;
}) {
  const writeText = vi.fn(async () => {
    if (!clipboard) throw new DOMException('denied', 'NotAllowedError');
  });
  vi.stubGlobal('navigator', {
    clipboard: { writeText },
    ...(share ? { share: vi.fn(share) } : {}),
  });
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: coarse && query === '(pointer: coarse)',
  }));
  return { writeText, share: (navigator as { share?: unknown }).share };
}

afterEach(() => vi.unstubAllGlobals());

describe('copyLink', () => {
  it('copies the link, and says whether it could', async () => {
    const { writeText } = device({ clipboard: true, coarse: false });
    await expect(copyLink(LINK)).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith(LINK);
    device({ clipboard: false, coarse: false });
    await expect(copyLink(LINK)).resolves.toBe(false);
  });

  it('opens the share sheet as well on a touch device, when asked to share', async () => {
    const { writeText, share } = device({ clipboard: true, coarse: true, share: async () => {} });
    await expect(copyLink(LINK, 'Masar')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith(LINK);
    expect(share).toHaveBeenCalledWith({ title: 'Masar', url: LINK });
  });

  it('never opens the share sheet for a plain copy, nor with a mouse', async () => {
    const touch = device({ clipboard: true, coarse: true, share: async () => {} });
    await copyLink(LINK);
    expect(touch.share).not.toHaveBeenCalled();
    const mouse = device({ clipboard: true, coarse: false, share: async () => {} });
    await copyLink(LINK, 'Masar');
    expect(mouse.share).not.toHaveBeenCalled();
  });

  it('counts a shared link as delivered even when the clipboard refused it', async () => {
    device({ clipboard: false, coarse: true, share: async () => {} });
    await expect(copyLink(LINK, 'Masar')).resolves.toBe(true);
  });

  it('falls back to the clipboard when the share sheet is dismissed', async () => {
    const dismissed = async () => {
      throw new DOMException('cancelled', 'AbortError');
    };
    device({ clipboard: true, coarse: true, share: dismissed });
    await expect(copyLink(LINK, 'Masar')).resolves.toBe(true);
    device({ clipboard: false, coarse: true, share: dismissed });
    await expect(copyLink(LINK, 'Masar')).resolves.toBe(false);
  });
});
