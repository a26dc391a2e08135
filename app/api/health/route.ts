import { NextResponse } from "next/server";
import { database } from "@/lib/db";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase(database);
  return NextResponse.json(
    // Which database engine runs is nobody's business outside: it only helps an attacker guess the setup.
    ok ? { status: "ok" } : { status: "unavailable", error: "The database cannot be reached." },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
