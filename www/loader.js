// Starts the page's WebAssembly from a file rather than the inline script trunk would write,
// so that the Content-Security-Policy needs no 'unsafe-inline'. Trunk's `pattern_script`
// (Trunk.toml) puts the hashed file names on this script's tag.
const tag = document.querySelector('script[data-ra-js][data-ra-wasm]');
const { default: init } = await import(tag.dataset.raJs);
await init({ module_or_path: tag.dataset.raWasm });
