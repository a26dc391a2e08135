-- Rules Prisma's schema language cannot express. Prisma's diff ignores CHECK constraints, so these
-- stay out of schema.prisma and the drift test still passes.

-- Slugs: lower-case kebab-case.
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Event" ADD CONSTRAINT "Event_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Source" ADD CONSTRAINT "Source_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Country and currency codes.
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_countryCode_format" CHECK ("countryCode" ~ '^[A-Z]{2}$');
ALTER TABLE "Event" ADD CONSTRAINT "Event_placeCountryCode_format" CHECK ("placeCountryCode" ~ '^[A-Z]{2}$');
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_valueCurrency_format" CHECK ("valueCurrency" ~ '^[A-Z]{3}$');
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_valueCurrency_format" CHECK ("valueCurrency" ~ '^[A-Z]{3}$');

-- Ownership shares are percentages; only OWNS links carry one; no actor is linked to itself.
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_share_range" CHECK ("sharePercent" IS NULL OR ("sharePercent" >= 0 AND "sharePercent" <= 100));
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_share_only_owns" CHECK ("sharePercent" IS NULL OR "type" = 'OWNS');
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_not_self" CHECK ("fromId" <> "toId");

-- A value is either disclosed (amount and currency, amount >= 0) or has neither: never 0 for unknown.
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_value_disclosure" CHECK (
  ("valueDisclosure" = 'DISCLOSED' AND "valueAmount" IS NOT NULL AND "valueCurrency" IS NOT NULL AND "valueAmount" >= 0)
  OR ("valueDisclosure" <> 'DISCLOSED' AND "valueAmount" IS NULL AND "valueCurrency" IS NULL));
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_value_disclosure" CHECK (
  ("valueDisclosure" = 'DISCLOSED' AND "valueAmount" IS NOT NULL AND "valueCurrency" IS NOT NULL AND "valueAmount" >= 0)
  OR ("valueDisclosure" <> 'DISCLOSED' AND "valueAmount" IS NULL AND "valueCurrency" IS NULL));

-- Quantities are non-negative and carry a unit; a USD normalisation states its rate and rate date.
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_quantity_nonnegative" CHECK ("quantity" IS NULL OR "quantity" >= 0);
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_quantity_unit" CHECK ("quantity" IS NULL OR "unit" IS NOT NULL);
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_usd_complete" CHECK (
  ("usdAmount" IS NULL AND "usdRate" IS NULL AND "usdRateDate" IS NULL)
  OR ("usdAmount" >= 0 AND "usdRate" > 0 AND "usdRateDate" IS NOT NULL AND "usdRateSource" IS NOT NULL AND "valueDisclosure" = 'DISCLOSED'));

-- Dates: a precision goes with its date; a range ends on or after it starts.
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_startDate_precision" CHECK (("startDate" IS NULL) = ("startDatePrecision" IS NULL));
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_date_precision" CHECK (("date" IS NULL) = ("datePrecision" IS NULL));
ALTER TABLE "Source" ADD CONSTRAINT "Source_publishedAt_precision" CHECK (("publishedAt" IS NULL) = ("publishedPrecision" IS NULL));
ALTER TABLE "Event" ADD CONSTRAINT "Event_endDate_after_date" CHECK ("endDate" IS NULL OR "endDate" >= "date");

-- Only statements take a stance.
ALTER TABLE "Event" ADD CONSTRAINT "Event_stance_statement" CHECK ("stance" IS NULL OR "kind" = 'STATEMENT');

-- Versions start at 1.
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Event" ADD CONSTRAINT "Event_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Source" ADD CONSTRAINT "Source_version_positive" CHECK ("version" >= 1);

-- A citation belongs to exactly one record, and its quote is not blank.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_exactly_one_record" CHECK (
  num_nonnulls("actorId", "actorLinkId", "agreementId", "partyId", "statusEntryId", "pledgeId", "eventId", "aboutSourceId") = 1);
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_quote_not_blank" CHECK (length(btrim("quote")) >= 8);
