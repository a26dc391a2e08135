// The client's address, from what the client cannot forge: the socket's peer, and X-Forwarded-For
// only as far as it was written by proxies we trust (TRUSTED_PROXIES). Walking the chain from the
// right, every hop added by a trusted proxy is skipped; the first untrusted hop is the client. A
// client can prepend anything to the header, but never change what our own proxies append after it.
// See docs/decisions/070-client-address-and-limits.md.
import { BlockList, isIP } from "node:net";

export class TrustedProxies {
  private readonly list = new BlockList();
  readonly size: number;

  /** Addresses or CIDR ranges, IPv4 or IPv6 ("127.0.0.1", "10.0.0.0/8", "fd00::/8"), as parsed by lib/env.ts. */
  constructor(entries: readonly string[]) {
    this.size = entries.length;
    for (const entry of entries) {
      const [address, prefix] = entry.split("/") as [string, string | undefined];
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(prefix), family);
    }
  }

  has(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    return this.list.check(address, family === 6 ? "ipv6" : "ipv4");
  }
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; an entry with a port ("192.0.2.1:5000", "[2001:db8::1]:80") → the address; anything else → null. */
export function parseAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const family = isIP(value);
  if (family === 0) return null;
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) return mapped[1]!;
  return family === 6 ? value.toLowerCase() : value;
}

/**
 * The client's address: the socket's peer unless that peer is a trusted proxy, in which case the
 * right-most X-Forwarded-For entry that is not a trusted proxy. An entry that is not an address
 * stops the walk at the last hop we could believe (a trusted proxy never writes one).
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  let client = parseAddress(socketAddress) ?? "unknown";
  if (trusted.size === 0 || !trusted.has(client)) return client;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = parseAddress(chain[i]);
    if (!hop) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

/**
 * What a limit counts against: the address, with an IPv6 address reduced to its /64 network (one
 * subscriber usually holds a whole /64, so counting single addresses would let them rotate).
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.padStart(4, "0")).join(":")}::/64`;
}
