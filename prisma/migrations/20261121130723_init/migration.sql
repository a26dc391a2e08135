-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('CONFIRMED', 'REPORTED', 'RUMOURED');

-- CreateEnum
CREATE TYPE "ValueDisclosure" AS ENUM ('DISCLOSED', 'UNDISCLOSED', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "EquipmentCategory" AS ENUM ('ARTILLERY', 'ARMOURED_VEHICLES', 'AMMUNITION', 'DRONES', 'ELECTRONIC_WARFARE', 'MISSILES', 'AIRCRAFT', 'AIR_DEFENCE', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('COUNTRY', 'GOVERNMENT_BODY', 'COMPANY', 'ORGANISATION', 'ALLIANCE', 'PERSON');

-- CreateEnum
CREATE TYPE "ActorLinkType" AS ENUM ('OWNS', 'MEMBER_OF', 'HOLDS_OFFICE_IN', 'PART_OF', 'HEADQUARTERED_IN', 'COUNTERPART_OF', 'AFFILIATED_WITH');

-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('LICENSED_PRODUCTION', 'JOINT_VENTURE', 'CO_PRODUCTION', 'MAINTENANCE_REPAIR', 'TRAINING', 'TECHNOLOGY_TRANSFER', 'PROCUREMENT', 'EXPORT', 'FINANCING', 'FRAMEWORK');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('RUMOURED', 'IN_TALKS', 'ANNOUNCED', 'SIGNED', 'IN_PROGRESS', 'COMPLETED', 'STALLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('LICENSOR', 'LICENSEE', 'PARTNER', 'INVESTOR', 'HOST', 'FINANCIER', 'FACILITATOR', 'BENEFICIARY', 'SUPPLIER', 'CONTRACTOR', 'PROPOSER', 'APPROVER');

-- CreateEnum
CREATE TYPE "PledgeKind" AS ENUM ('EQUIPMENT', 'FINANCING', 'TRAINING', 'SERVICES', 'PERSONNEL');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('UNDER_DISCUSSION', 'PLEDGED', 'DELIVERED', 'PARTIALLY_DELIVERED', 'REFUSED');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('VISIT', 'MEETING', 'ANNOUNCEMENT', 'STATEMENT', 'REPORT', 'DECISION');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'OPEN', 'CAUTIOUS', 'OPPOSES', 'REFUSES');

-- CreateEnum
CREATE TYPE "EventActorRole" AS ENUM ('PARTICIPANT', 'HOST', 'VISITOR', 'SPEAKER', 'ORGANISER', 'SUBJECT', 'REPORTER');

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "countryCode" CHAR(2),
    "aliases" TEXT[],
    "description" TEXT,
    "title" TEXT,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorLink" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "type" "ActorLinkType" NOT NULL,
    "sharePercent" DECIMAL(5,2),
    "role" TEXT,
    "note" TEXT,

    CONSTRAINT "ActorLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "type" "AgreementType" NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "categories" "EquipmentCategory"[],
    "workLocation" TEXT,
    "workCountryCodes" TEXT[],
    "valueDisclosure" "ValueDisclosure" NOT NULL DEFAULT 'UNDISCLOSED',
    "valueAmount" DECIMAL(20,2),
    "valueCurrency" CHAR(3),
    "startDate" DATE,
    "startDatePrecision" "DatePrecision",
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSlug" (
    "slug" TEXT NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementSlug_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" "PartyRole" NOT NULL,
    "note" TEXT,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementStatusEntry" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,
    "dateInferred" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "AgreementStatusEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "donorId" INTEGER NOT NULL,
    "kind" "PledgeKind" NOT NULL,
    "item" TEXT NOT NULL,
    "category" "EquipmentCategory",
    "quantity" DECIMAL(14,2),
    "unit" TEXT,
    "valueDisclosure" "ValueDisclosure" NOT NULL DEFAULT 'UNDISCLOSED',
    "valueAmount" DECIMAL(20,2),
    "valueCurrency" CHAR(3),
    "usdAmount" DECIMAL(20,2),
    "usdRate" DECIMAL(18,8),
    "usdRateDate" DATE,
    "usdRateSource" TEXT,
    "status" "PledgeStatus" NOT NULL,
    "confidence" "Confidence" NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "dateInferred" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "agreementId" INTEGER,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeRecipient" (
    "pledgeId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,

    CONSTRAINT "PledgeRecipient_pkey" PRIMARY KEY ("pledgeId","actorId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "date" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,
    "endDate" DATE,
    "dateInferred" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "placeCountryCode" CHAR(2),
    "stance" "Stance",
    "topic" TEXT,
    "confidence" "Confidence" NOT NULL DEFAULT 'REPORTED',
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventActor" (
    "eventId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "role" "EventActorRole" NOT NULL,

    CONSTRAINT "EventActor_pkey" PRIMARY KEY ("eventId","actorId","role")
);

-- CreateTable
CREATE TABLE "EventAgreement" (
    "eventId" INTEGER NOT NULL,
    "agreementId" INTEGER NOT NULL,

    CONSTRAINT "EventAgreement_pkey" PRIMARY KEY ("eventId","agreementId")
);

-- CreateTable
CREATE TABLE "EventPledge" (
    "eventId" INTEGER NOT NULL,
    "pledgeId" INTEGER NOT NULL,

    CONSTRAINT "EventPledge_pkey" PRIMARY KEY ("eventId","pledgeId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publisherInferred" BOOLEAN NOT NULL DEFAULT false,
    "author" TEXT,
    "url" TEXT,
    "publishedAt" DATE,
    "publishedPrecision" "DatePrecision",
    "publishedAtInferred" BOOLEAN NOT NULL DEFAULT false,
    "inferenceNote" TEXT,
    "language" VARCHAR(8) NOT NULL,
    "fullText" TEXT NOT NULL,
    "contentSha256" CHAR(64) NOT NULL,
    "fileName" TEXT,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "field" TEXT,
    "note" TEXT,
    "actorId" INTEGER,
    "actorLinkId" INTEGER,
    "agreementId" INTEGER,
    "partyId" INTEGER,
    "statusEntryId" INTEGER,
    "pledgeId" INTEGER,
    "eventId" INTEGER,
    "aboutSourceId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedState" (
    "entity" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeedState_pkey" PRIMARY KEY ("entity","slug")
);

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "Actor_kind_idx" ON "Actor"("kind");

-- CreateIndex
CREATE INDEX "Actor_countryCode_idx" ON "Actor"("countryCode");

-- CreateIndex
CREATE INDEX "Actor_aliases_idx" ON "Actor" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "ActorLink_toId_idx" ON "ActorLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "ActorLink_fromId_toId_type_key" ON "ActorLink"("fromId", "toId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE INDEX "Agreement_type_idx" ON "Agreement"("type");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE INDEX "Agreement_startDate_idx" ON "Agreement"("startDate");

-- CreateIndex
CREATE INDEX "Agreement_categories_idx" ON "Agreement" USING GIN ("categories");

-- CreateIndex
CREATE INDEX "Agreement_workCountryCodes_idx" ON "Agreement" USING GIN ("workCountryCodes");

-- CreateIndex
CREATE INDEX "AgreementSlug_agreementId_idx" ON "AgreementSlug"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementParty_actorId_idx" ON "AgreementParty"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_actorId_role_key" ON "AgreementParty"("agreementId", "actorId", "role");

-- CreateIndex
CREATE INDEX "AgreementStatusEntry_agreementId_date_idx" ON "AgreementStatusEntry"("agreementId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_slug_key" ON "Pledge"("slug");

-- CreateIndex
CREATE INDEX "Pledge_donorId_idx" ON "Pledge"("donorId");

-- CreateIndex
CREATE INDEX "Pledge_status_idx" ON "Pledge"("status");

-- CreateIndex
CREATE INDEX "Pledge_category_idx" ON "Pledge"("category");

-- CreateIndex
CREATE INDEX "Pledge_date_idx" ON "Pledge"("date");

-- CreateIndex
CREATE INDEX "Pledge_agreementId_idx" ON "Pledge"("agreementId");

-- CreateIndex
CREATE INDEX "PledgeRecipient_actorId_idx" ON "PledgeRecipient"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_date_idx" ON "Event"("date");

-- CreateIndex
CREATE INDEX "Event_kind_idx" ON "Event"("kind");

-- CreateIndex
CREATE INDEX "Event_placeCountryCode_idx" ON "Event"("placeCountryCode");

-- CreateIndex
CREATE INDEX "EventActor_actorId_idx" ON "EventActor"("actorId");

-- CreateIndex
CREATE INDEX "EventAgreement_agreementId_idx" ON "EventAgreement"("agreementId");

-- CreateIndex
CREATE INDEX "EventPledge_pledgeId_idx" ON "EventPledge"("pledgeId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Source_publishedAt_idx" ON "Source"("publishedAt");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_actorId_idx" ON "Citation"("actorId");

-- CreateIndex
CREATE INDEX "Citation_actorLinkId_idx" ON "Citation"("actorLinkId");

-- CreateIndex
CREATE INDEX "Citation_agreementId_idx" ON "Citation"("agreementId");

-- CreateIndex
CREATE INDEX "Citation_partyId_idx" ON "Citation"("partyId");

-- CreateIndex
CREATE INDEX "Citation_statusEntryId_idx" ON "Citation"("statusEntryId");

-- CreateIndex
CREATE INDEX "Citation_pledgeId_idx" ON "Citation"("pledgeId");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_aboutSourceId_idx" ON "Citation"("aboutSourceId");

-- AddForeignKey
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorLink" ADD CONSTRAINT "ActorLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSlug" ADD CONSTRAINT "AgreementSlug_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusEntry" ADD CONSTRAINT "AgreementStatusEntry_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_donorId_fkey" FOREIGN KEY ("donorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeRecipient" ADD CONSTRAINT "PledgeRecipient_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeRecipient" ADD CONSTRAINT "PledgeRecipient_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventActor" ADD CONSTRAINT "EventActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAgreement" ADD CONSTRAINT "EventAgreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAgreement" ADD CONSTRAINT "EventAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPledge" ADD CONSTRAINT "EventPledge_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPledge" ADD CONSTRAINT "EventPledge_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_actorLinkId_fkey" FOREIGN KEY ("actorLinkId") REFERENCES "ActorLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "AgreementParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_statusEntryId_fkey" FOREIGN KEY ("statusEntryId") REFERENCES "AgreementStatusEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_aboutSourceId_fkey" FOREIGN KEY ("aboutSourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
