/** A dataset that cannot be loaded; `problems` name the file, the record and what is wrong. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The seed dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'SeedError';
  }
}
