/** Served as its own file: the site's CSP allows no inline styles. */
export const testAppCss = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 100%; line-height: 1.5; color: #1b1b1b; background: #f4f6f7; }
body { margin: 0; }
.banner { background: #183e4f; color: #ffffff; padding: 0.75rem 1rem; }
.banner p { margin: 0; max-width: 40rem; margin-inline: auto; }
.brand { font-weight: 700; font-size: 1.25rem; }
.note { font-size: 0.9375rem; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0; }
h2 { font-size: 1.25rem; margin: 0 0 0.5rem; }
.card { background: #ffffff; border: 1px solid #c6cdd1; border-radius: 0.5rem; padding: 1rem; margin-bottom: 1rem; }
.visible-data { white-space: pre-wrap; margin: 0; }
label { font-weight: 600; }
.hint { margin: 0.25rem 0 0.5rem; color: #3d4a52; }
input[type="text"] { display: block; width: 100%; font: inherit; padding: 0.625rem 0.75rem; border: 2px solid #53626b; border-radius: 0.25rem; background: #ffffff; color: #1b1b1b; }
input[type="text"][aria-invalid="true"] { border-color: #b3261e; }
fieldset { border: 0; margin: 0; padding: 0; }
legend { font-weight: 700; font-size: 1.125rem; margin-bottom: 0.5rem; padding: 0; }
.identities { list-style: none; margin: 0; padding: 0; }
.identities li { display: grid; grid-template-columns: auto 1fr; column-gap: 0.75rem; align-items: start; padding: 0.625rem 0.5rem; border-bottom: 1px solid #dde2e5; }
.identities input[type="radio"] { width: 1.375rem; height: 1.375rem; margin: 0.125rem 0 0; accent-color: #183e4f; }
.identities label { cursor: pointer; }
.identities .info { grid-column: 2; color: #3d4a52; font-size: 0.9375rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1.25rem; }
button { font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.625rem 1.25rem; border-radius: 0.25rem; cursor: pointer; }
.primary { background: #183e4f; color: #ffffff; border: 2px solid #183e4f; }
.primary:hover { background: #0f2a36; }
.secondary { background: #ffffff; color: #183e4f; border: 2px solid #183e4f; }
.secondary:hover { background: #e8eef1; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.error { border: 2px solid #b3261e; border-left-width: 0.5rem; background: #fdf0ef; border-radius: 0.25rem; padding: 0.75rem 1rem; margin-bottom: 1rem; }
.error p { margin: 0; }
a { color: #0b4f9c; }
@media (max-width: 30rem) { .actions button { width: 100%; } }
`;
