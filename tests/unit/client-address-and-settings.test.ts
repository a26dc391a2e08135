// The client address rule (lib/server/client-address.ts) and the settings that feed the server (lib/env.ts).
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { clientAddress, limitKey, TrustedProxies } from "@/lib/server/client-address";
import { limitFor } from "@/lib/server/front";

describe("client address", () => {
  const none = new TrustedProxies([]);
  const proxies = new TrustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"]);

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("192.0.2.1", "6.6.6.6", none)).toBe("192.0.2.1");
    expect(clientAddress("::ffff:192.0.2.1", undefined, none)).toBe("192.0.2.1");
    expect(clientAddress("192.0.2.1", "6.6.6.6", proxies)).toBe("192.0.2.1"); // the peer is not one of our proxies
  });

  it("behind trusted proxies is the right-most hop that is not one of them", () => {
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", proxies)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2", proxies)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "198.51.100.7"], proxies)).toBe("198.51.100.7");
    expect(clientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
  });

  it("stops at a hop that is not an address (a trusted proxy never writes one) and never takes the client's word", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.7, not-an-ip", proxies)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", proxies)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "10.0.0.3, 10.0.0.2", proxies)).toBe("10.0.0.3"); // every hop trusted: the left-most
  });

  it("counts an IPv6 client by its /64 network", () => {
    expect(limitKey("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(limitKey("2001:db8:1:2:bbbb::9")).toBe(limitKey("2001:db8:1:2::1"));
    expect(limitKey("198.51.100.7")).toBe("198.51.100.7");
  });

  it("classifies requests by their decoded path", () => {
    expect(limitFor("POST", "/api/auth/sign-in/email")).toBe("signIn");
    // The sign-in form's POST is limited inside its action by Better Auth (tests/integration/security-first-admin.test.ts).
    expect(limitFor("POST", "/admin/sign-in")).toBeNull();
    expect(limitFor("GET", "/api/v1/agreements.csv")).toBe("export");
    expect(limitFor("GET", "/api/v1/export.json")).toBe("export");
    expect(limitFor("GET", "/exports/deals.csv")).toBe("export");
    expect(limitFor("GET", "/api/v1/agreements")).toBe("api");
    expect(limitFor("GET", "/deals")).toBeNull();
  });
});

describe("settings", () => {
  it("refuses a setting that does not parse, naming it, instead of falling back", () => {
    expect(() => parseEnv({ PAGE_CACHE_MB: "64MB" })).toThrow(/PAGE_CACHE_MB: must be a whole number \(e\.g\. 64\), without units/);
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, nginx" })).toThrow(/"nginx" is not an IP address or CIDR range/);
    expect(() => parseEnv({ REDIS_URL: "127.0.0.1:6379" })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ SITE_URL: "ftp://x.org" })).toThrow(/SITE_URL/);
  });

  it("parses lists and numbers, and makes the default origin follow the port", () => {
    const env = parseEnv({ PAGE_CACHE_MB: "0", PORT: "3202", TRUSTED_PROXIES: "127.0.0.1 10.0.0.0/8,::1" });
    expect(env.PAGE_CACHE_MB).toBe(0);
    expect(env.TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8", "::1"]);
    expect(env.SITE_URL).toBe("http://localhost:3202");
    expect(parseEnv({ SITE_URL: "https://tracker.example.org/" }).SITE_URL).toBe("https://tracker.example.org");
  });
});
