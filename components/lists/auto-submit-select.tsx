"use client";

import type { ComponentProps } from "react";

/** A select that submits its form as soon as it changes (a "Sort" button does it without JavaScript). */
export function AutoSubmitSelect(props: ComponentProps<"select">) {
  return <select {...props} onChange={(event) => event.currentTarget.form?.requestSubmit()} />;
}
