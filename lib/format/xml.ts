// Text for XML documents (the Atom feed). Markup characters are escaped; characters XML 1.0
// forbids outright (C0 controls but tab and line breaks, U+FFFE, U+FFFF) are dropped, so a stray
// one in older data cannot make the document unreadable for every subscriber.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[<>&'"]/g, (c) => ENTITIES[c]!);
}
