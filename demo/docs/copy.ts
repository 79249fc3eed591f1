/**
 * Copies text with the asynchronous clipboard API. Where that is missing or
 * refused (an insecure origin, no permission), selects the shown text
 * instead, so the reader can copy it with the keyboard.
 */
export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, shown: Element): Promise<CopyResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.selectAllChildren(shown);
    return 'selected';
  }
}

/** What the reader is told after a copy attempt. */
export const copyMessage = (result: CopyResult): string =>
  result === 'copied' ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
