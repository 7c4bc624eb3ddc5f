/** A LIKE pattern that finds the text anywhere, its wildcards (%, _, \) matched literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
