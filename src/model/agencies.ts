/**
 * Matching agencies by name the way people write them: "Derwent & Solway HA", "Derwent and Solway
 * Housing Association" and the partner's other names all find the same rows.
 */
import type { ActionPlanRow, Partner, Plan } from '../schema/plan.js';

type Agency = ActionPlanRow['agencies'][number];

/** Lower case, "&" as "and", punctuation and extra spaces gone (letters of any language kept). */
export function normaliseName(name: string): string {
  return name
    .toLocaleLowerCase('en-GB')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name a partner goes by, normalised. */
function partnerNames(partner: Partner): string[] {
  return [partner.name, ...(partner.aliases ?? [])].map(normaliseName);
}

/** The partners an agency entry refers to: by `partnerIds`/`partnerId`, else the one its name or an alias names. */
export function partnersOf(plan: Plan, agency: Agency): Partner[] {
  const partners = plan.partners ?? [];
  const ids = [...(agency.partnerIds ?? []), ...(agency.partnerId ? [agency.partnerId] : [])];
  if (ids.length) return partners.filter((partner) => ids.includes(partner.id));
  const name = normaliseName(agency.agency);
  return partners.filter((partner) => partnerNames(partner).includes(name)).slice(0, 1);
}

/** The main partner of an agency entry (the first, for a joint entry). */
export function partnerOf(plan: Plan, agency: Agency): Partner | undefined {
  return partnersOf(plan, agency)[0];
}

/** True when the agency entry is the agency named `query` (by its own name, or a name or alias of one of its partners). */
export function agencyMatches(plan: Plan, agency: Agency, query: string): boolean {
  const wanted = normaliseName(query);
  if (!wanted) return true;
  if (normaliseName(agency.agency) === wanted) return true;
  return partnersOf(plan, agency).some((partner) => partnerNames(partner).includes(wanted));
}

/** Every name an agency entry answers to, for free-text search. */
export function agencyNames(plan: Plan, agency: Agency): string[] {
  return [agency.agency, ...partnersOf(plan, agency).flatMap((partner) => [partner.name, ...(partner.aliases ?? [])])];
}

/** The agencies to offer in a filter: one entry per partner (its full name) or unmatched agency name, in first-seen order. */
export function agencyChoices(plan: Plan): string[] {
  const choices = new Map<string, string>();
  for (const row of plan.actionPlan?.rows ?? []) {
    for (const agency of row.agencies) {
      const partners = partnersOf(plan, agency);
      for (const name of partners.length ? partners.map((partner) => partner.name) : [agency.agency]) {
        if (!choices.has(normaliseName(name))) choices.set(normaliseName(name), name);
      }
    }
  }
  return [...choices.values()];
}

/** The name to show for an agency query: the partner's full name when the query is one of its names. */
export function canonicalAgency(plan: Plan, query: string): string {
  const wanted = normaliseName(query);
  return (plan.partners ?? []).find((partner) => partnerNames(partner).includes(wanted))?.name ?? query;
}
