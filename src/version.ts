/** The package version (inlined at build time; "0.0.0-dev" when running from source in tests). */
export const VERSION: string = typeof __PARTNER_VERSION__ === "string" ? __PARTNER_VERSION__ : "0.0.0-dev";
