// Sort orders the list pages offer, with their labels. Kept apart from the zod schemas so that data
// functions can name them without importing zod.
export const dealSortLabels = {
  newest: "Newest first",
  oldest: "Oldest first",
  title: "Title (A–Z)",
  status: "Status (lifecycle)",
  updated: "Recently updated",
} as const;
export type DealSort = keyof typeof dealSortLabels;

export const pledgeSortLabels = {
  newest: "Newest first",
  oldest: "Oldest first",
  title: "Title (A–Z)",
  status: "Status",
  value: "Value in USD (largest first)",
} as const;
export type PledgeSort = keyof typeof pledgeSortLabels;

export const actorSortLabels = {
  name: "Name (A–Z)",
  activity: "Most records first",
} as const;
export type ActorSort = keyof typeof actorSortLabels;
