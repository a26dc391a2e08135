"use server";

// Signing in, choosing a password and signing out: plain form posts that work without JavaScript (the
// password is never in a URL), with the same messages and limits when JavaScript enhances them.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { choosePasswordPath, currentUser, getAuth } from "@/lib/auth";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { passwordProblem } from "@/lib/auth/users";
import { safeAdminPath } from "@/lib/admin/paths";
import { prisma } from "@/lib/db";

export interface SignInState {
  message: string | null;
  /** What was typed, so a refused form keeps it (never the password). */
  email: string;
  submission: number;
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Checks the email and password through Better Auth (its rate limit included), sets the session cookie, goes on. */
export async function signIn(previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = field(formData, "email");
  const next = safeAdminPath(field(formData, "next"));
  const outcome = await signInWithPassword(getAuth(), await headers(), email, field(formData, "password"));
  if (!outcome.ok) return { message: outcome.message, email, submission: previous.submission + 1 };
  const store = await cookies();
  for (const cookie of outcome.cookies) store.set(cookie.name, cookie.value, cookie.options);
  redirect(next);
}

export interface PasswordState {
  message: string | null;
  fieldErrors: Partial<Record<"current" | "password" | "confirm", string>>;
  submission: number;
}

/** Replaces the signed-in user's password (a one-time one included) after checking the current one; other sessions end. */
export async function choosePassword(previous: PasswordState, formData: FormData): Promise<PasswordState> {
  const submission = previous.submission + 1;
  const user = await currentUser();
  if (!user) redirect(`/admin/sign-in?next=${encodeURIComponent(choosePasswordPath)}`);
  const current = field(formData, "current");
  const password = field(formData, "password");
  const confirm = field(formData, "confirm");
  const fail = (fieldErrors: PasswordState["fieldErrors"]) => ({ message: "Your password was not changed. See below what to fix.", fieldErrors, submission });
  // Every problem at once, so one round trip fixes them all.
  const auth = getAuth();
  const errors: PasswordState["fieldErrors"] = {};
  if (!current) errors.current = "Enter the password you signed in with.";
  const problem = await passwordProblem(auth, password);
  if (problem) errors.password = problem;
  else if (password === current) errors.password = "Choose a password different from the one you signed in with.";
  if (password !== confirm) errors.confirm = "The two new passwords differ. Type the same password twice.";
  if (Object.keys(errors).length > 0) return fail(errors);
  try {
    await auth.api.changePassword({ body: { currentPassword: current, newPassword: password, revokeOtherSessions: true }, headers: await headers() });
  } catch {
    return fail({ current: "This is not the password you signed in with." });
  }
  await prisma.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
  redirect(safeAdminPath(field(formData, "next")));
}

/** Ends this browser's session (the row and the cookie) and returns to the sign-in page. */
export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/admin/sign-in");
}
