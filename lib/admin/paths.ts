/** Only paths inside /admin are followed after sign-in, so `?next=` cannot send anyone elsewhere. */
export function safeAdminPath(next: string | undefined): string {
  if (!next || !/^\/admin(\/|\?|$)/.test(next) || next.startsWith("/admin/sign-in")) return "/admin";
  return next;
}
