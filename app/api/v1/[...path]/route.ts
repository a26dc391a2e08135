import { apiGet, jsonError } from "@/lib/api/handlers";

const known =
  "actors, agreements, pledges, events, sources (each also /<slug>), export.json, actors.csv, agreements.csv, pledges.csv, events.csv, sources.csv, citations.csv and openapi.json; documentation at /api";

function notFound() {
  return jsonError(404, `No such API route. Known under /api/v1: ${known}.`);
}
export const GET = apiGet(async () => notFound());
export { notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
export { preflight as OPTIONS } from "@/lib/api/handlers";
