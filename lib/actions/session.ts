"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth";

/** Ends this browser's session (the row and the cookie) and returns to the sign-in page. */
export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/admin/sign-in");
}
