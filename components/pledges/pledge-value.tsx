import { MoneyText } from "@/components/ui/money-text";
import type { PledgeDto } from "@/lib/data/pledges";
import { formatMoney } from "@/lib/format";

/** The original amount and currency, then its USD normalisation with the rate, its date and source. */
export function PledgeValue({ pledge }: { pledge: Pick<PledgeDto, "value" | "usd"> }) {
  const { value, usd } = pledge;
  return (
    <>
      <MoneyText value={value} />
      {usd && value.currency !== "USD" ? (
        <span className="text-slate-600 dark:text-slate-400">
          {" "}
          ≈ <data value={`${usd.amount} USD`}>{formatMoney({ disclosure: "DISCLOSED", amount: usd.amount, currency: "USD" })}</data>{" "}
          <span className="text-xs">
            (1 {value.currency} = {Number(usd.rate)} USD on {usd.rateDate}
            {usd.rateSource ? `; ${usd.rateSource}` : ""})
          </span>
        </span>
      ) : null}
    </>
  );
}
