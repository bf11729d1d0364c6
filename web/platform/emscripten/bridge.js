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

// Materials: file picker / drag-and-drop → check size and type by content → XHR upload with progress.
Module.sxpoolFiles = (function () {
  var uploads = {};  // kind → { xhr, file, url }
  var lastPick = null;  // { kind, maxBytes, url } of the slot a dropped file goes to
  function call(name, types, args) { Module.ccall(name, null, types, args); }
  function sniff(bytes) {
    if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2D) return 'application/pdf';
    if (bytes.length >= 3 && bytes[0] === 0xFF && bytes[1] === 0xD8 && bytes[2] === 0xFF) return 'image/jpeg';
    if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4E && bytes[3] === 0x47) return 'image/png';
    return '';
  }
  function start(kind, file, maxBytes, url) {
    // The app says why, in its own words (its glyphs are in the atlas): "empty", "size" or "type".
    var refuse = function (reason) {
      call('sxpool_upload_refused', ['number', 'string', 'string', 'number'], [kind, file.name, reason, file.size]);
    };
    if (file.size === 0) { refuse('empty'); return; }
    if (file.size > maxBytes) { refuse('size'); return; }
    file.slice(0, 8).arrayBuffer().then(function (head) {
      if (!sniff(new Uint8Array(head))) { refuse('type'); return; }
      send(kind, file, url);
    });
  }
  function send(kind, file, url) {
    var xhr = new XMLHttpRequest();
    uploads[kind] = { xhr: xhr, file: file, url: url };
    xhr.open('PUT', url);
    xhr.setRequestHeader('X-Sxpool-Request', '1');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = function (e) { call('sxpool_upload_progress', ['number', 'number', 'number'], [kind, e.loaded, e.total]); };
    xhr.onload = function () { call('sxpool_upload_finished', ['number', 'number', 'string'], [kind, xhr.status, xhr.responseText]); };
    xhr.onerror = function () { call('sxpool_upload_finished', ['number', 'number', 'string'], [kind, 0, '']); };
    call('sxpool_upload_started', ['number', 'string', 'number'], [kind, file.name, file.size]);
    xhr.send(file);
  }
  function pick(kind, maxBytes, url) {
    lastPick = { kind: kind, maxBytes: maxBytes, url: url };
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      if (input.files && input.files[0]) start(kind, input.files[0], maxBytes, url);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  }
  // Files dropped anywhere on the page go to the material slot under the pointer (the app names it).
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (!e.dataTransfer || !e.dataTransfer.files || !e.dataTransfer.files[0]) return;
    var target = Module.ccall('sxpool_drop_target', 'string', ['number', 'number'], [e.clientX, e.clientY]);
    if (!target) return;
    var parts = target.split('|');  // "kind|maxBytes|url"
    start(parseInt(parts[0]), e.dataTransfer.files[0], parseFloat(parts[1]), parts[2]);
  });
  return {
    pick: pick,
    cancel: function (kind) { var u = uploads[kind]; if (u) { u.xhr.onload = u.xhr.onerror = null; u.xhr.abort(); delete uploads[kind]; } },
    retry: function (kind) { var u = uploads[kind]; if (u) send(kind, u.file, u.url); },
    preview: function (url) {
      var tab = window.open('', '_blank');  // opened now, while the click still counts as a user gesture
      fetch(url, { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.blob();
      }).then(function (blob) {
        if (tab) tab.location.href = URL.createObjectURL(blob);
      }).catch(function () {
        if (tab) tab.document.body.textContent = '无法打开该文件：请刷新页面后重试。';
      });
    }
  };
})();

// Downloads: fetch with the session cookie, the body read chunk by chunk (progress to the app), then a Blob saved
// through <a download> under the name the server gives in Content-Disposition (RFC 6266 filename*=UTF-8''…).
Module.sxpoolDownloads = (function () {
  function call(name, types, args) { Module.ccall(name, null, types, args); }
  function fileName(header, fallback) {
    if (header) {
      var star = /filename\*\s*=\s*([^;]+)/i.exec(header);
      if (star) {
        var value = star[1].trim().replace(/^"|"$/g, '');
        var quote = value.indexOf("''");
        try { return decodeURIComponent(quote >= 0 ? value.slice(quote + 2) : value); } catch (e) { /* below */ }
      }
      var plain = /filename\s*=\s*"([^"]*)"/i.exec(header);
      if (plain && plain[1]) return plain[1];
    }
    return fallback;
  }
  function save(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
  }
  function start(token, url, fallback) {
    var failed = function (status, text) { call('sxpool_download_failed', ['number', 'number', 'string'], [token, status, text || '']); };
    fetch(url, { credentials: 'same-origin', headers: { 'X-Sxpool-Request': '1' } }).then(function (r) {
      if (!r.ok) return r.text().then(function (text) { failed(r.status, text); });
      var total = parseInt(r.headers.get('Content-Length') || '0', 10) || 0;
      var name = fileName(r.headers.get('Content-Disposition'), fallback);
      var type = r.headers.get('Content-Type') || 'application/octet-stream';
      var chunks = [];
      var received = 0;
      var finish = function () {
        save(new Blob(chunks, { type: type }), name);
        call('sxpool_download_saved', ['number', 'string', 'number'], [token, name, received]);
      };
      if (!r.body || !r.body.getReader) return r.arrayBuffer().then(function (b) { chunks.push(b); received = b.byteLength; finish(); });
      var reader = r.body.getReader();
      var pump = function () {
        return reader.read().then(function (step) {
          if (step.done) return finish();
          chunks.push(step.value);
          received += step.value.length;
          call('sxpool_download_progress', ['number', 'number', 'number'], [token, received, total]);
          return pump();
        });
      };
      return pump();
    }).catch(function () { failed(0, ''); });
  }
  return { start: start, fileName: fileName };
})();

// Tabs of this browser tell each other of draft saves at once; a tab that comes back to the front checks the
// server's revision (the app decides what to do: web/app/draft_sync).
Module.sxpoolTabs = (function () {
  var channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('sxpool-drafts') : null;
  function ready() { return Module.calledRun && Module._sxpool_draft_saved_elsewhere; }
  if (channel) channel.onmessage = function (e) {
    if (ready() && e.data && typeof e.data.key === 'string')
      Module.ccall('sxpool_draft_saved_elsewhere', null, ['string', 'number'], [e.data.key, e.data.revision]);
  };
  function focused() { if (ready()) Module.ccall('sxpool_tab_focused', null, [], []); }
  window.addEventListener('focus', focused);
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'visible') focused(); });
  return { announce: function (key, revision) { if (channel) channel.postMessage({ key: key, revision: revision }); } };
})();

// SDL 2.26 makes its WebGL context through Emscripten's EGL layer, which then enables every extension the browser
// offers (Emscripten's GL.initExtensions: tens of milliseconds in Chromium, before the first frame). ImGui's
// WebGL2 renderer uses none of them.
(Module.preRun = Module.preRun || []).push(function () {
  if (typeof EGL !== 'undefined' && EGL.contextAttributes) EGL.contextAttributes.enableExtensionsByDefault = false;
});
