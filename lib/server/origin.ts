// The app behind the front door, reached over HTTP on a private socket: the page cache and the limits
// see only what any HTTP client would — status, headers, body — never Next's internals.
import http from "node:http";
import type { Readable } from "node:stream";

export interface OriginRequest {
  method: string;
  url: string;
  headers: http.OutgoingHttpHeaders;
}

export interface Origin {
  /** Sends the request (with `body` piped, if any) and resolves with the streaming response. */
  request(request: OriginRequest, body?: Readable): Promise<http.IncomingMessage>;
  close(): void;
}

/** An origin listening on a Unix socket (the app in this process) or a TCP address (tests). */
export function httpOrigin(where: { socketPath: string } | { host: string; port: number }): Origin {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return {
    request({ method, url, headers }, body) {
      const send = (retry: boolean): Promise<http.IncomingMessage> =>
        new Promise((resolve, reject) => {
          const upstream = http.request({ ...where, agent, method, path: url, headers }, resolve);
          upstream.on("error", (error: NodeJS.ErrnoException) => {
            // A kept-alive socket the app closed just as it was reused (Node's documented race): a request
            // without a body never reached the app, so it is sent once more on a fresh socket.
            if (retry && !body && upstream.reusedSocket && error.code === "ECONNRESET") resolve(send(false));
            else reject(error);
          });
          if (body) body.pipe(upstream);
          else upstream.end();
        });
      return send(true);
    },
    close: () => agent.destroy(),
  };
}

/** Reads a response body whole, or gives up (and stops reading) past `maxBytes`. */
export function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks)));
    response.on("error", reject);
  });
}
