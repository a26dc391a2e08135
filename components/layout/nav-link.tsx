"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A main-menu link, marked as the current section (aria-current) on its pages. */
export function NavLink({ href, className, children }: { href: string; className: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
