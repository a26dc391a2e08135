import { describe, expect, it } from "vitest";
import { formatApa, formatChicago, longDate, SITE_NAME } from "@/lib/citation";

const page = {
  title: "British defence firms in talks to build British-designed weapons in Ukraine under licence",
  url: "https://tracker.example/d/1",
  updatedAt: "2026-03-03T10:15:00.000Z",
  accessedAt: "2026-03-05T22:00:00.000Z",
};

describe("citations of a deal page", () => {
  it("writes dates month first in words", () => {
    expect(longDate("2026-03-05")).toBe("March 5, 2026");
    expect(longDate("2025-12-31T23:59:00Z")).toBe("December 31, 2025");
  });

  it("formats APA 7 with the group author, the update date, the title, the retrieval date and the permalink", () => {
    expect(formatApa(page)).toBe(
      `${SITE_NAME}. (2026, March 3). British defence firms in talks to build British-designed weapons in Ukraine under licence. Retrieved March 5, 2026, from https://tracker.example/d/1`,
    );
  });

  it("formats Chicago with the quoted title, the site, last modified, accessed and the permalink", () => {
    expect(formatChicago(page)).toBe(
      `“British defence firms in talks to build British-designed weapons in Ukraine under licence.” ${SITE_NAME}. Last modified March 3, 2026. Accessed March 5, 2026. https://tracker.example/d/1.`,
    );
  });

  it("does not double the full stop of a title that already ends with punctuation", () => {
    const question = { ...page, title: "Will Ukraine export arms again?" };
    expect(formatApa(question)).toContain("Will Ukraine export arms again? Retrieved");
    expect(formatChicago(question)).toContain("“Will Ukraine export arms again?” ");
  });
});
