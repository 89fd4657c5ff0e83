// help_article and logo are opened by the customer's browser, not called by Recruitee's servers:
// no Authorization header, and redirects are followed (as a browser would) but reported.
import type { HttpOutcome, ProbeHttp } from "./http.js";
import { withHttp } from "./http.js";
import type { ProbeCheck, ProbeOptions } from "./types.js";
import { isRedirect, isSuccess, toCheck, type Verdict } from "./verdict.js";

const MAX_REDIRECTS = 5;

interface Followed {
  /** The last outcome, with `ms` the total of every hop. */
  final: HttpOutcome;
  /** Each redirect target, in order. */
  hops: string[];
}

/** GETs `url` following up to MAX_REDIRECTS redirects, the way a browser would. */
async function getLikeBrowser(http: ProbeHttp, url: string, accept: string): Promise<Followed> {
  const hops: string[] = [];
  let current = url;
  let total = 0;
  for (;;) {
    const outcome = await http.call({ method: "GET", url: current, headers: { accept } });
    total += outcome.ms;
    if (outcome.kind === "failure" || !isRedirect(outcome.status) || !outcome.location) {
      return { final: { ...outcome, ms: total }, hops };
    }
    if (hops.length === MAX_REDIRECTS) return { final: { ...outcome, ms: total }, hops };
    current = new URL(outcome.location, current).href;
    hops.push(current);
  }
}

/** Judges a page or image answer: 2xx with a content-type matching `expected`. */
export function judgePage(
  followed: Followed,
  expected: { test: (type: string) => boolean; label: string; why: string; key: string },
): Verdict {
  const { final, hops } = followed;
  const via = hops.length ? ` Redirected: ${hops.join(" → ")}; consider setting ${expected.key} to the final URL.` : "";
  const verdict = ((): Verdict => {
    if (final.kind === "failure") return { ok: false, message: final.message };
    const type = final.contentType.split(";")[0]?.trim() || "none";
    if (isSuccess(final.status)) {
      if (expected.test(type)) return { ok: true, message: `answered ${final.status} with ${type}.` };
      return {
        ok: false,
        message: `answered ${final.status} with content-type ${type}, not ${expected.label}: ${expected.why}`,
      };
    }
    if (isRedirect(final.status)) {
      return { ok: false, message: `redirects more than ${MAX_REDIRECTS} times (or without a Location header).` };
    }
    if (final.status === 401 || final.status === 403) {
      return {
        ok: false,
        message: `answered ${final.status}: it must be public, since the customer's browser opens it without logging in.`,
      };
    }
    return { ok: false, message: `answered ${final.status} (2xx expected): check ${expected.key}.` };
  })();
  return { ...verdict, message: verdict.message + via, warning: verdict.ok && hops.length > 0 };
}

/** Probes urls.help_article: a public HTML page (check help_article.html). */
export async function probeHelpArticle(url: string, opts: ProbeOptions): Promise<ProbeCheck[]> {
  return withHttp(opts, async (http) => {
    const followed = await getLikeBrowser(http, url, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    const verdict = judgePage(followed, {
      test: (type) => type === "text/html" || type === "application/xhtml+xml",
      label: "text/html",
      why: "the help article is opened in the customer's browser and must be an HTML page.",
      key: "urls.help_article",
    });
    return [toCheck("help_article.html", followed.final, verdict, opts.slowMs)];
  });
}

/** Probes the logo URL: a public image (check logo.image). */
export async function probeLogo(url: string, opts: ProbeOptions): Promise<ProbeCheck[]> {
  return withHttp(opts, async (http) => {
    const followed = await getLikeBrowser(http, url, "image/*");
    const verdict = judgePage(followed, {
      test: (type) => type.startsWith("image/"),
      label: "image/*",
      why: "Recruitee shows the logo as an image; serve it with an image content-type (image/png, image/svg+xml, …).",
      key: "logo",
    });
    return [toCheck("logo.image", followed.final, verdict, opts.slowMs)];
  });
}
