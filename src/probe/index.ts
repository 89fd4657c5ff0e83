// The probe API other parts use (`partner status` reuses these).
export { createProbeHttp, type HttpOutcome, type ProbeHttp } from "./http.js";
export { describeNetworkError } from "./network-errors.js";
export { probeHelpArticle, probeLogo } from "./pages.js";
export { type ProbeReport, type ProbeUrls, type RunProbeInput, runProbe } from "./run.js";
export { probeSendCandidate } from "./send-candidate.js";
export { DEFAULT_CUSTOMER_TOKEN_ENV, type ProbeCheck, type ProbeOptions } from "./types.js";
export { probeValidateToken } from "./validate-token.js";
