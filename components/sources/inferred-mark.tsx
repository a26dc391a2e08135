/** Marks a metadata field the source does not print, with the reason a hover or focus away. */
export function InferredMark({ reason = "Inferred from the article's content: it does not print this outright. See “How the metadata was established”." }: { reason?: string }) {
  return (
    <abbr title={reason} tabIndex={0} className="ml-1 cursor-help rounded bg-amber-100 px-1 text-xs font-medium text-amber-900 no-underline dark:bg-amber-950 dark:text-amber-200">
      inferred
    </abbr>
  );
}
