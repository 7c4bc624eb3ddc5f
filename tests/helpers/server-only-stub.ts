// Stand-in for the 'server-only' marker package when the data layer runs under Vitest.
export {};
