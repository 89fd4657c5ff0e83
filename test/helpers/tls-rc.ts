// Certificates for an HTTPS RC on loopback, signed by a private CA (as a company proxy would be).
import { generate } from "selfsigned";

export interface TestCertificates {
  /** The private CA's certificate (PEM): what NODE_EXTRA_CA_CERTS points to. */
  caCert: string;
  /** The server's certificate (PEM, for 127.0.0.1 and localhost) and key. */
  cert: string;
  key: string;
}

/** A private CA and a server certificate it signed, for 127.0.0.1 and localhost. */
export async function makeTestCertificates(): Promise<TestCertificates> {
  const ca = await generate([{ name: "commonName", value: "partner test CA" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const server = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    algorithm: "sha256",
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 7, ip: "127.0.0.1" },
          { type: 2, value: "localhost" },
        ],
      },
    ],
  });
  return { caCert: ca.cert, cert: server.cert, key: server.private };
}
