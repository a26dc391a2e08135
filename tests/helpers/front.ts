// A real front door (lib/server/front.ts) in front of a stand-in origin, both over real HTTP on
// loopback, for the cache and limit tests. The end-to-end tests run the same front before Next.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TrustedProxies } from "@/lib/server/client-address";
import { createFront, type FrontOptions } from "@/lib/server/front";
import { httpOrigin } from "@/lib/server/origin";

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(handler: http.RequestListener): Promise<Served> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A front door on loopback in front of `origin` (another loopback server). */
export async function frontFor(origin: Served, options: Partial<Omit<FrontOptions, "origin">> = {}): Promise<Served> {
  const upstream = httpOrigin({ host: "127.0.0.1", port: origin.port });
  const front = createFront({ origin: upstream, trusted: new TrustedProxies([]), limits: {}, onError: () => {}, ...options });
  const served = await listen((req, res) => void front(req, res));
  return { ...served, close: async () => (upstream.close(), served.close()) };
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request exactly as written: any target (absolute-form too), any headers, no client-side normalisation. */
export function raw(base: Served, target: string, headers: Record<string, string> = {}, method = "GET", body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: base.port, method, path: target, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Converts a Node request to a fetch Request (for Better Auth's and the API's handlers) and writes the Response back. */
export function webHandler(handle: (request: Request) => Promise<Response>): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
      const response = await handle(new Request(`http://${req.headers.host ?? "localhost"}${req.url}`, { method: req.method, headers, body }));
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => (out[name] = value));
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  };
}
