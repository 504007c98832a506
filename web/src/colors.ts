/** Colours of event types (the taxonomy of the document contract); unknown types share grey. */
export const TYPE_COLORS: Record<string, string> = {
  military_exercise: '#2563eb',
  troop_deployment: '#059669',
  troop_withdrawal: '#65a30d',
  attack: '#dc2626',
  meeting: '#7c3aed',
  agreement: '#0891b2',
  statement: '#64748b',
  accusation: '#ea580c',
  denial: '#a16207',
  threat: '#be123c',
  warning: '#d97706',
  sanction: '#4338ca',
  arms_transfer: '#0f766e',
  protest: '#c026d3',
  other: '#94a3b8',
};

/** The colour of a type. */
export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#94a3b8';
}

/** Colours of chart series, told apart by shape too. */
export const SERIES_COLORS = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#7c3aed',
  '#d97706',
  '#0891b2',
  '#be185d',
  '#4b5563',
];

/** A readable name for a snake_case kind. */
export function humanise(kind: string): string {
  return kind.replace(/_/g, ' ');
}
