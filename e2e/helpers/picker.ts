import { expect, type Page } from '@playwright/test';

/**
 * Selects the `occurrence`-th appearance of `quote` in the citation picker's source text the way a
 * mouse drag does, then releases the button. The text may be split around an earlier highlight,
 * so offsets are mapped across all of its text nodes.
 */
export async function selectInSource(page: Page, quote: string, occurrence = 0) {
  const box = page.getByTestId('picker-text');
  await expect(box).toContainText(quote);
  await box.evaluate(
    (element, { wanted, nth }) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const whole = nodes.map((n) => n.data).join('');
      let at = -1;
      for (let i = 0; i <= nth; i += 1) at = whole.indexOf(wanted, at + 1);
      if (at < 0) throw new Error(`quote not in the source text: ${wanted}`);
      const locate = (offset: number): [Text, number] => {
        let passed = 0;
        for (const node of nodes) {
          if (offset <= passed + node.data.length) return [node, offset - passed];
          passed += node.data.length;
        }
        throw new Error('offset beyond the text');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { wanted: quote, nth: occurrence },
  );
}
