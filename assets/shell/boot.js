// The page's start-up, before sxpool.js: the Module object, the wasm compiled while sxpool.js loads, the
// answers and the atlas the first frame needs. A file of its own, not inline: the Content-Security-Policy
// allows scripts from 'self' only.
var Module = {
  canvas: document.getElementById('canvas'),
  print: function (t) { console.log(t); },
  printErr: function (t) { console.warn(t); },
  onAbort: function () {
    var el = document.getElementById('loading-text');
    if (el) { el.className = 'error'; el.textContent = '加载失败：浏览器需要支持 WebAssembly 与 WebGL2。请使用新版 Chrome、Edge 或 Firefox 后刷新页面。'; }
  }
};
window.addEventListener('error', function () { Module.onAbort(); });
// The wasm downloads and compiles while sxpool.js downloads and runs; Emscripten then only instantiates it.
var compiledWasm = (WebAssembly.compileStreaming
  ? WebAssembly.compileStreaming(fetch('sxpool.wasm', { credentials: 'same-origin' }))
  : fetch('sxpool.wasm', { credentials: 'same-origin' }).then(function (r) { return r.arrayBuffer(); })
      .then(function (bytes) { return WebAssembly.compile(bytes); }));
Module.instantiateWasm = function (imports, receiveInstance) {
  // main() starts once the answers and the atlas asked for below are in (or after 2 s without them: the app then
  // shows its loading line until they come), so that its first frame is already the sign-in page or home.
  var ready = Promise.race([
    Promise.all(Module.firstFrameNeeds.map(function (p) { return p.catch(function () {}); })),
    new Promise(function (resolve) { setTimeout(resolve, 2000); })]);
  compiledWasm.then(function (module) {
    return Promise.all([WebAssembly.instantiate(module, imports), ready]).then(function (done) {
      receiveInstance(done[0], module);
    });
  }).catch(function (e) { console.warn('wasm 加载失败：', e); Module.onAbort(); });
  return {};
};
// The font atlas of the UI's text, rasterised at build time for the common pixel ratios; the app installs it
// instead of building one (web/platform/emscripten/browser_app.cpp).
Module.firstFrameNeeds = [];
var atlasScale = window.devicePixelRatio || 1;
if (atlasScale === 1 || atlasScale === 2) {
  Module.firstFrameNeeds.push(fetch('fonts/ui-' + atlasScale + 'x.atlas', { credentials: 'same-origin' })
    .then(function (r) { return r.ok ? r.arrayBuffer() : null; })
    .then(function (bytes) {
      if (bytes) Module.uiAtlas = { scale: atlasScale, bytes: new Uint8Array(bytes) };
    }, function () {}));
}
// The app's first questions (who is signed in, the round, the server), asked while the wasm downloads;
// the app takes these answers instead of asking again (web/platform/emscripten/fetch_client.cpp).
Module.prefetched = {};
['api/v1/health', 'api/v1/round', 'api/v1/session?optional=1'].forEach(function (path) {
  Module.prefetched[path] = fetch(path, { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
    return r.text().then(function (body) { return { status: r.status, body: body }; });
  }, function () { return { status: 0, body: '' }; });
  Module.firstFrameNeeds.push(Module.prefetched[path]);
});
document.getElementById('canvas').addEventListener('contextmenu', function (e) { e.preventDefault(); });
