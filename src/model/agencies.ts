/**
 * Matching agencies by name the way people write them: "Derwent & Solway HA", "Derwent and Solway
 * Housing Association" and the partner's other names all find the same rows.
 */
import type { ActionPlanRow, Partner, Plan } from '../schema/plan.js';

type Agency = ActionPlanRow['agencies'][number];

/** Lower case, "&" as "and", punctuation and extra spaces gone. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every name a partner goes by, normalised. */
function partnerNames(partner: Partner): string[] {
  return [partner.name, ...(partner.aliases ?? [])].map(normaliseName);
}

/** The partner an agency entry refers to: by `partnerId`, else by its name or an alias. */
export function partnerOf(plan: Plan, agency: Agency): Partner | undefined {
  const partners = plan.partners ?? [];
  if (agency.partnerId) return partners.find((partner) => partner.id === agency.partnerId);
  const name = normaliseName(agency.agency);
  return partners.find((partner) => partnerNames(partner).includes(name));
}

/** True when the agency entry is the agency named `query` (by its own name, its partner's name or aliases). */
export function agencyMatches(plan: Plan, agency: Agency, query: string): boolean {
  const wanted = normaliseName(query);
  if (!wanted) return true;
  if (normaliseName(agency.agency) === wanted) return true;
  const partner = partnerOf(plan, agency);
  if (partner && partnerNames(partner).includes(wanted)) return true;
  // A query naming a partner matches agencies that partner stands for.
  const named = (plan.partners ?? []).find((candidate) => partnerNames(candidate).includes(wanted));
  return named !== undefined && partner === named;
}

/** The agencies to offer in a filter: one entry per partner (its full name) or unmatched agency name, in first-seen order. */
export function agencyChoices(plan: Plan): string[] {
  const choices = new Map<string, string>();
  for (const row of plan.actionPlan?.rows ?? []) {
    for (const agency of row.agencies) {
      const partner = partnerOf(plan, agency);
      const name = partner?.name ?? agency.agency;
      if (!choices.has(normaliseName(name))) choices.set(normaliseName(name), name);
    }
  }
  return [...choices.values()];
}

/** The name to show for an agency query: the partner's full name when the query is one of its names. */
export function canonicalAgency(plan: Plan, query: string): string {
  const wanted = normaliseName(query);
  return (plan.partners ?? []).find((partner) => partnerNames(partner).includes(wanted))?.name ?? query;
}
