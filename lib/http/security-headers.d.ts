export declare const common: Array<{ key: string; value: string }>;
export declare function contentSecurityPolicy(options: { scriptSrc: string; dev: boolean }): string;
