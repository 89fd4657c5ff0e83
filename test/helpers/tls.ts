// Certificates made in the test, for HTTPS partner servers (selfsigned, EC keys: fast).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";

export interface TestCertificate {
  key: string;
  cert: string;
}

/**
 * A self-signed certificate (its own CA) for `hosts` (DNS names or IPv4 addresses).
 * `expired` dates it in the past.
 */
export async function makeCertificate(options: { hosts?: string[]; expired?: boolean } = {}): Promise<TestCertificate> {
  const hosts = options.hosts ?? ["localhost", "127.0.0.1"];
  const altNames = hosts.map((host) =>
    /^\d+\.\d+\.\d+\.\d+$/.test(host) ? { type: 7 as const, ip: host } : { type: 2 as const, value: host },
  );
  const day = 24 * 60 * 60 * 1000;
  const dates = options.expired
    ? { notBeforeDate: new Date(Date.now() - 30 * day), notAfterDate: new Date(Date.now() - day) }
    : {};
  const pems = await generate([{ name: "commonName", value: hosts[0] ?? "localhost" }], {
    keyType: "ec",
    algorithm: "sha256",
    ...dates,
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyCertSign: true },
      { name: "subjectAltName", altNames },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/** Writes the certificate as a CA file for NODE_EXTRA_CA_CERTS; returns its path. */
export function writeCaFile(dir: string, certificate: TestCertificate, name = "ca.pem"): string {
  const path = join(dir, name);
  writeFileSync(path, certificate.cert);
  return path;
}
