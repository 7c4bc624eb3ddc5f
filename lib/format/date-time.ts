// Moments shown to editors, in China Standard Time whatever the server's zone: 2026年11月24日 19:30.
const formatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function formatDateTimeZh(moment: Date): string {
  return formatter.format(moment);
}

const dayFormatter = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** A day for readers, in China Standard Time: 2026年11月24日. */
export function formatDayZh(moment: Date): string {
  return dayFormatter.format(moment);
}
