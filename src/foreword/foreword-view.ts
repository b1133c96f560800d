/**
 * What <pcp-foreword> shows: which forewords (picked by the shared rule, a foreword's number being
 * its position), and each one's title, paragraphs and signature as printed. No signature is invented:
 * an unsigned foreword has none, and a signature line that already names the signatory is not
 * followed by the name again.
 */
import type { Foreword } from '../schema/plan.js';
import { pickItems } from '../view/pick.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import '../i18n/messages/en/foreword.js';

/** The `foreword` attribute. */
export interface ForewordOptions {
  /** One foreword by its id, its position from 1, or its title; all when empty. */
  readonly foreword?: string | undefined;
}

/** Who signed a foreword, as printed. */
export interface SignatureView {
  /** The signature line ("Michelle Skeer QPM"), unless it is shown as the name (it begins with it). */
  readonly signed?: PlanText;
  /**
   * The signatory's name, or the signature line when that begins with the name ("Peter McCall, Police
   * and Crime Commissioner"). Undefined when the feed names no author: then only `signed` is shown.
   */
  readonly name?: PlanText;
  /** Their role, unless the signature line shown as the name already gives it. */
  readonly role?: PlanText;
  /** Their organisation, after the role. */
  readonly organisation?: PlanText;
  /** When they held the role, as printed. */
  readonly term?: PlanText;
  readonly phone?: PlanText;
  readonly email?: string;
}

export interface ForewordView {
  readonly title: PlanText;
  /** The paragraphs as the feed gives them, for the narrative renderer. */
  readonly paragraphs: readonly string[];
  /** Undefined for a foreword neither signed nor attributed. */
  readonly signature?: SignatureView;
}

export interface ForewordsView {
  /** Shown instead: the plan has no foreword, or none by the name asked for. */
  readonly empty?: string;
  readonly forewords: readonly ForewordView[];
}

/** The forewords the `foreword` attribute names (all when it is empty), by id, position from 1 or title. */
export function shownForewords(forewords: readonly Foreword[], query: string | undefined): readonly Foreword[] {
  // An unnamed foreword has no id to match ("" never equals a query, which is never empty here).
  const pickable = forewords.map((foreword, index) => ({ id: foreword.id ?? '', number: index + 1, title: foreword.title, foreword }));
  return pickItems(pickable, query).map((item) => item.foreword);
}

/** Everything <pcp-foreword> shows for `options`. */
export function forewordView(ctx: ViewContext, options: ForewordOptions = {}): ForewordsView {
  const { t } = ctx;
  const wanted = options.foreword?.trim();
  const shown = shownForewords(ctx.plan.forewords ?? [], wanted);
  if (shown.length === 0) return { empty: wanted ? t.foreword.notFound(wanted) : t.foreword.none, forewords: [] };
  return {
    forewords: shown.map((foreword) => ({ title: ctx.text(foreword.title), paragraphs: foreword.paragraphs, signature: signatureView(foreword, ctx) })),
  };
}

function signatureView({ author, signature }: Foreword, ctx: ViewContext): SignatureView | undefined {
  if (!author) return signature ? { signed: ctx.text(signature) } : undefined;
  // The printed signature line often repeats the name ("Peter McCall, Police and Crime Commissioner").
  const signatureRepeatsName = signature?.startsWith(author.name) ?? false;
  const roleShown = !(signatureRepeatsName && signature!.includes(author.role));
  return {
    signed: signature && !signatureRepeatsName ? ctx.text(signature) : undefined,
    name: ctx.text(signatureRepeatsName ? signature! : author.name),
    role: roleShown ? ctx.text(author.role) : undefined,
    organisation: roleShown && author.organisation ? ctx.text(author.organisation) : undefined,
    term: author.term ? ctx.text(author.term) : undefined,
    phone: author.phone ? ctx.text(author.phone) : undefined,
    email: author.email || undefined,
  };
}
