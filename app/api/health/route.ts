import { NextResponse } from "next/server";
import { database } from "@/lib/db";
import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase(database);
  return NextResponse.json(
    ok ? { status: "ok", database: database.kind } : { status: "unavailable", database: database.kind, error: "The database cannot be reached." },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
