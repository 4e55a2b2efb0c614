/** Vite turns `import x from 'file?url'` into the address the built file is served at (our own origin). */
declare module '*?url' {
  const url: string;
  export default url;
}
