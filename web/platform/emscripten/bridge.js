// Browser glue for the wasm app (linked with --pre-js). SDL 2.26's Emscripten driver gets no IME text, no
// insertText and no system paste (it cancels the default action of every Ctrl+key), so a hidden <textarea>
// holds focus while an ImGui text field is active and forwards what the browser puts into it.
Module.sxpoolBridge = (function () {
  var ta = null;
  var composing = false;

  function send(text) {
    if (text) Module.ccall('sxpool_text_input', null, ['string'], [text]);
  }

  function create() {
    ta = document.createElement('textarea');
    ta.id = 'sxpool-text-bridge';
    ta.setAttribute('autocomplete', 'off');
    ta.setAttribute('autocorrect', 'off');
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('spellcheck', 'false');
    ta.setAttribute('aria-label', '文字输入');
    ta.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:20px;opacity:0;padding:0;border:0;' +
      'margin:0;resize:none;overflow:hidden;font-size:16px;line-height:20px;z-index:0;';
    ta.addEventListener('compositionstart', function () { composing = true; });
    ta.addEventListener('compositionend', function (e) {
      composing = false;
      send(e.data);
      ta.value = '';
    });
    ta.addEventListener('input', function (e) {
      if (composing || e.isComposing) return;
      var text = ta.value;
      ta.value = '';
      send(text);
    });
    ta.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      e.preventDefault();
      send(text.replace(/\r\n?/g, '\n'));
    });
    // Ctrl/Cmd+V must reach the browser (to fire 'paste'), not SDL, which would cancel it.
    window.addEventListener('keydown', function (e) {
      if (document.activeElement === ta && (e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) {
        e.stopImmediatePropagation();
      }
    }, true);
    document.body.appendChild(ta);
  }

  return {
    // Called every drawn frame: focus the textarea while ImGui wants text, at the caret (for the IME window).
    setActive: function (on, x, y, h) {
      if (!ta) create();
      if (on) {
        ta.style.left = x + 'px';
        ta.style.top = y + 'px';
        ta.style.height = h + 'px';
        if (document.activeElement !== ta) ta.focus({ preventScroll: true });
      } else if (document.activeElement === ta) {
        ta.blur();
      }
    },
    writeClipboard: function (text) {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function () {});
    },
    loaded: function () {
      var el = document.getElementById('loading');
      if (el) el.remove();
    }
  };
})();

// IndexedDB key-value store for drafts (survives refresh, closed tabs, offline). Answers go to
// sxpool_store_reply(id, found, value). Without IndexedDB (private mode in some browsers) it keeps a memory map
// and says so in the console: drafts then still reach the server, only not this browser's disk.
Module.sxpoolStore = (function () {
  var dbPromise = null;
  var memory = null;
  function reply(id, found, value) { Module.ccall('sxpool_store_reply', null, ['number', 'number', 'string'], [id, found ? 1 : 0, value || '']); }
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        if (!window.indexedDB) { reject(new Error('no indexedDB')); return; }
        var req = indexedDB.open('sxpool', 1);
        req.onupgradeneeded = function () { req.result.createObjectStore('kv'); };
        req.onsuccess = function () { resolve(req.result); };
        req.onerror = function () { reject(req.error); };
      }).catch(function (e) { console.warn('本机存储不可用，草稿只保存在内存：', e); memory = {}; return null; });
    }
    return dbPromise;
  }
  function tx(mode, fn) {
    return db().then(function (d) {
      if (!d) { var direct = fn(null); return direct && direct.result; }
      return new Promise(function (resolve, reject) {
        var t = d.transaction('kv', mode);
        var r = fn(t.objectStore('kv'));
        t.oncomplete = function () { resolve(r && r.result); };
        t.onerror = function () { reject(t.error); };
        t.onabort = function () { reject(t.error); };
      });
    });
  }
  return {
    put: function (id, key, value) {
      tx('readwrite', function (s) { if (!s) { memory[key] = value; return null; } return s.put(value, key); })
        .then(function () { reply(id, true); }, function () { reply(id, false); });
    },
    get: function (id, key) {
      tx('readonly', function (s) { if (!s) return { result: memory[key] }; return s.get(key); })
        .then(function (v) { reply(id, v !== undefined && v !== null, v); }, function () { reply(id, false); });
    },
    remove: function (key) {
      tx('readwrite', function (s) { if (!s) { delete memory[key]; return null; } return s.delete(key); });
    }
  };
})();
