/**
 * A hostile corpus: script-injection payloads for HTML, attribute, URL, SVG, template and markdown
 * contexts, each setting `window.__xss` if it ever runs. The shapes are combined with wrappers and
 * encodings into `count` distinct strings.
 */
const run = 'window.__xss=(window.__xss||0)+1';

const shapes = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<img src=x onerror=${run}>`,
  `<svg onload="${run}">`,
  `<svg><script>${run}</script></svg>`,
  `<body onload="${run}">`,
  `<iframe src="javascript:${run}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
  `<a href="javascript:${run}">klicka</a>`,
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  `<details open ontoggle="${run}">`,
  `<input autofocus onfocus="${run}">`,
  `<video><source onerror="${run}"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `"><script>${run}</script>`,
  `'><img src=x onerror='${run}'>`,
  `</textarea><script>${run}</script>`,
  `</title><script>${run}</script>`,
  `<object data="javascript:${run}">`,
  `<embed src="javascript:${run}">`,
  `<form><button formaction="javascript:${run}">x</button></form>`,
  `<marquee onstart="${run}">`,
  `<div style="background:url(javascript:${run})">`,
  `<style>@import 'javascript:${run}';</style>`,
  `{{constructor.constructor('${run}')()}}`,
  `\${${run}}`,
  `[klick](javascript:${run})`,
  `![bild](x" onerror="${run})`,
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `&lt;script&gt;${run}&lt;/script&gt;`,
  `%3Cscript%3E${run}%3C/script%3E`,
  `<img src="x" onerror="&#x77;indow.__xss=1">`,
  `<svg><animate onbegin="${run}" attributeName=x dur=1s>`,
  `<isindex type=image src=1 onerror="${run}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<base href="javascript:${run}//">`,
  `<link rel=import href="data:text/html,<script>${run}</script>">`,
  `https://example.se/"><script>${run}</script>`,
  `https://example.se/?q=<img src=x onerror=${run}>`,
];

const wrappers = [(s: string) => s, (s: string) => `Hej! ${s}`, (s: string) => `${s}\nTack på förhand.`, (s: string) => `«${s}» åäö`, (s: string) => s.toUpperCase(), (s: string) => ` ${s} ${s} `];

export function xssCorpus(count: number): string[] {
  const out = new Set<string>();
  for (let round = 0; out.size < count; round++) {
    for (const shape of shapes) {
      for (const wrap of wrappers) {
        out.add(`${wrap(shape)}${round ? ` #${round}` : ''}`);
        if (out.size >= count) break;
      }
      if (out.size >= count) break;
    }
  }
  return [...out];
}
