// The picture a link to the site shows when shared (og:image, 1200×630), laid out for satori
// (next/og): flexbox only, inline styles, every element with several children a flex box.
const colors = { text: '#1d2330', muted: '#525b6b', accent: '#0b5cad', figure: '#0f2a4a', soft: '#e6f0fb' };

export type ShareFigure = { label: string; value: string; period: string };

type Props = {
  /** Above the title: what kind of page this is. */
  kicker: string;
  title: string;
  /** One figure is shown large; two or three side by side. */
  figures: ShareFigure[];
  subtitle?: string;
};

export function ShareImage({ kicker, title, figures, subtitle }: Props) {
  const single = figures.length === 1;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        color: colors.text,
        fontFamily: 'Noto Sans SC',
        borderTop: `14px solid ${colors.accent}`,
        padding: '48px 64px 40px',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: colors.accent, fontWeight: 700 }}>{kicker}</div>
      <div
        style={{
          display: 'flex',
          marginTop: 12,
          fontSize: title.length > 14 ? 56 : 72,
          fontWeight: 700,
          lineHeight: 1.2,
        }}
      >
        {title}
      </div>
      {subtitle && <div style={{ display: 'flex', marginTop: 16, fontSize: 32, color: colors.muted }}>{subtitle}</div>}
      <div style={{ display: 'flex', flex: 1, alignItems: 'center', gap: 24 }}>
        {figures.map((figure) => (
          <div
            key={figure.label}
            // No undefined values: satori reads every style property given as text.
            style={{
              display: 'flex',
              flexDirection: 'column',
              ...(single ? {} : { flex: 1, padding: '20px 24px', background: colors.soft, borderRadius: 12 }),
            }}
          >
            <div style={{ display: 'flex', fontSize: single ? 32 : 26, color: colors.muted }}>
              {single ? figure.period : figure.label}
            </div>
            <div
              style={{
                display: 'flex',
                fontSize: single ? 104 : 44,
                fontWeight: 700,
                color: colors.figure,
                lineHeight: 1.2,
              }}
            >
              {figure.value}
            </div>
            {!single && <div style={{ display: 'flex', fontSize: 24, color: colors.muted }}>{figure.period}</div>}
          </div>
        ))}
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          borderTop: `2px solid ${colors.soft}`,
          paddingTop: 20,
          fontSize: 30,
          color: colors.muted,
        }}
      >
        <span style={{ fontWeight: 700, color: colors.text }}>江北数据 · 每一个数字，都有出处</span>
        <span>重庆市江北区公开数据</span>
      </div>
    </div>
  );
}
