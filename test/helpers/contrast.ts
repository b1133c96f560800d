/** WCAG 2 contrast ratio between two computed CSS colours ("rgb(11, 12, 12)"). */
function channels(color: string): [number, number, number] {
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b] = match[1]!.split(/[ ,/]+/).map(Number);
  return [r!, g!, b!];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Loads a preset stylesheet from themes/ into the page; returns a function that removes it. */
export async function usePreset(name: 'neutral' | 'govuk'): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}
