import { jsonError } from "@/lib/api/handlers";

const known = "actors, agreements, pledges, events, sources";

function notFound() {
  return jsonError(404, `No such API route. Known collections under /api/v1: ${known}.`);
}
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
