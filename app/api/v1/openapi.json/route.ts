import { apiGet, jsonOk } from "@/lib/api/handlers";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";
let document: ReturnType<typeof buildOpenApiDocument> | undefined;
export const GET = apiGet(async () => jsonOk((document ??= buildOpenApiDocument())));
export { preflight as OPTIONS } from "@/lib/api/handlers";
