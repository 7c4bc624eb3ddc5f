import { jsonLdText } from '@/lib/public/structured-data';

/** Structured data for search engines; not executed, and its text cannot close the script tag. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
