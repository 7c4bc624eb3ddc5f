// The original file of a source's public version (a PDF or a saved web page), byte for byte, at a
// stable address. A saved web page is someone else's HTML: it is offered as a download and, if
// opened anyway, sandboxed, so none of its markup or script runs on this site's origin.
import { getPublicOriginal } from '@/lib/public/sources';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const original = await getPublicOriginal((await params).slug);
  if (!original) {
    return new Response('没有这份原件。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const inline = original.mediaType === 'application/pdf';
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      'content-type': original.mediaType,
      'content-length': String(original.byteSize),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(original.fileName)}`,
      'content-security-policy': "sandbox; default-src 'none'",
      'x-content-type-options': 'nosniff',
      etag: `"${original.sha256}"`,
      'cache-control': 'public, max-age=300',
    },
  });
}
