// Where each kind of record is shown. Pledges and events have no page of their own: a link opens the
// list narrowed to the record (searching its title) and scrolls to it.
export const dealHref = (slug: string) => `/deals/${slug}`;
export const actorHref = (slug: string) => `/actors/${slug}`;
export const sourceHref = (slug: string) => `/sources/${slug}`;
export const pledgeHref = (p: { slug: string; title: string }) => `/pledges?q=${encodeURIComponent(p.title)}#pledge-${p.slug}`;
export const eventHref = (e: { slug: string; title: string }) => `/timeline?q=${encodeURIComponent(e.title)}#event-${e.slug}`;
