/**
 * The optional host-page script for the iframe embed (dist/embed-host.js): sizes each frame showing
 * dist/embed.html to its content. Plain script, no imports: works loaded as a classic or a module script,
 * from any origin, once or several times.
 *
 * A frame posts `{ type: 'pcp-embed:height', height, id }` (embed.ts). The height is applied to the
 * iframe whose window sent it, found by `event.source`: the origin alone cannot tell two frames from one
 * site apart, and a message from anything but one of this page's frames changes nothing.
 */
addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'pcp-embed:height' || typeof data.height !== 'number' || !(data.height > 0) || data.height === Infinity) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
// Frames that sent their height before this script ran: ask them again.
for (const frame of document.querySelectorAll('iframe')) frame.contentWindow?.postMessage({ type: 'pcp-embed:measure' }, '*');

export {};
