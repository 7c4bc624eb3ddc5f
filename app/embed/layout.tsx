// Pages other sites show in an iframe: no site header, navigation or footer, and the only pages
// whose headers allow framing (next.config.js). Like the public layout, it reads no cookies or
// headers, so its pages are cached.
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <main className="embed">{children}</main>;
}
