/* Warta comments: helpers for the cached article page. The form works
   without this script; with it, the reader gets a fresh time token for
   the time trap, replies and reports open under their comment, "remember
   me" keeps the reader's details in this browser, and the reader sees
   their own comment while it awaits moderation. The page stays the same
   for every reader: all of this happens here, in the reader's browser. */
(function () {
  "use strict";

  var section = document.getElementById("comments");
  if (!section || !window.fetch) {
    return;
  }
  var post = section.getAttribute("data-post");
  var ownKey = "warta-own-comments";
  var meKey = "warta-commenter";

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function load(key, fallback) {
    var s = storage();
    try {
      var v = s && JSON.parse(s.getItem(key));
      return v === null || v === undefined ? fallback : v;
    } catch (e) {
      return fallback;
    }
  }

  function save(key, value) {
    var s = storage();
    try {
      if (s && value === null) {
        s.removeItem(key);
      } else if (s) {
        s.setItem(key, JSON.stringify(value));
      }
    } catch (e) {
      /* storage full or blocked: nothing to keep */
    }
  }

  /* The time trap. A token stamped now, when the reader starts on the
     form, replaces the one in the cached page (which only tells when the
     page was rendered). */
  var form = document.getElementById("commentform");
  var stamped = null;

  function stamp() {
    if (!stamped) {
      var url = section.getAttribute("data-token-url") + "?post=" + encodeURIComponent(post);
      stamped = fetch(url, { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) {
          if (d && d.token) {
            document.getElementById("comment_wt").value = d.token;
          }
        })
        .catch(function () { /* keep the page's token */ });
    }
    return stamped;
  }

  function setupForm() {
    if (!form) {
      return;
    }
    if (form.getAttribute("data-fresh") === "1") {
      stamped = Promise.resolve();
    }
    form.addEventListener("focusin", stamp);
    var me = load(meKey, null);
    var remember = document.getElementById("remember");
    document.getElementById("remember-field").hidden = false;
    if (me) {
      ["author", "email", "url"].forEach(function (name) {
        var el = document.getElementById(name);
        if (el && !el.value && typeof me[name] === "string") {
          el.value = me[name];
        }
      });
      remember.checked = true;
    }
    var sending = false;
    form.addEventListener("submit", function (e) {
      document.getElementById("comment_js").value = "1";
      save(meKey, remember.checked ? {
        author: document.getElementById("author").value,
        email: document.getElementById("email").value,
        url: document.getElementById("url").value
      } : null);
      if (sending) {
        return;
      }
      e.preventDefault();
      sending = true;
      stamp().then(function () { form.submit(); });
    });
  }

  /* Replies: the form moves under the comment being answered. */
  var respond = document.getElementById("respond");
  var home = document.createComment("respond");

  function moveForm(li, id, author) {
    var title = document.getElementById("reply-title");
    var cancel = respond.querySelector(".cancel-reply");
    document.getElementById("comment_parent").value = id || "0";
    if (li) {
      li.querySelector(".comment-body").insertAdjacentElement("afterend", respond);
      title.textContent = title.getAttribute("data-reply-title").replace("%s", author);
      cancel.hidden = false;
      document.getElementById("comment").focus();
    } else {
      home.parentNode.insertBefore(respond, home);
      title.textContent = title.getAttribute("data-title");
      cancel.hidden = true;
    }
  }

  function setupReplies() {
    if (!respond) {
      return;
    }
    var parent = document.getElementById("comment_parent").value;
    if (parent === "0") {
      respond.parentNode.insertBefore(home, respond);
    } else {
      section.insertBefore(home, document.getElementById("report-form") || section.querySelector("script"));
    }
    section.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a.comment-reply, #cancel-reply") : null;
      if (!a) {
        return;
      }
      e.preventDefault();
      if (a.id === "cancel-reply") {
        moveForm(null);
        return;
      }
      moveForm(document.getElementById("comment-" + a.getAttribute("data-reply")),
        a.getAttribute("data-reply"), a.getAttribute("data-author"));
    });
  }

  /* Reports: one form, moved under the comment being reported and sent
     in the background. */
  function setupReports() {
    var rf = document.getElementById("report-form");
    if (!rf) {
      return;
    }
    section.addEventListener("click", function (e) {
      var a = e.target.closest ? e.target.closest("a.comment-report, a.report-cancel") : null;
      if (!a) {
        return;
      }
      e.preventDefault();
      if (a.classList.contains("report-cancel")) {
        rf.hidden = true;
        return;
      }
      var li = document.getElementById("comment-" + a.getAttribute("data-report"));
      document.getElementById("report-comment").value = a.getAttribute("data-report");
      li.querySelector(".comment-body").insertAdjacentElement("afterend", rf);
      rf.hidden = false;
      var old = rf.querySelector(".report-result");
      if (old) {
        old.remove();
      }
      document.getElementById("report-reason").focus();
    });
    rf.addEventListener("submit", function (e) {
      e.preventDefault();
      fetch(rf.action, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Accept": "application/json" },
        body: new URLSearchParams(new FormData(rf))
      }).then(function (r) {
        return r.json().then(function (d) { return { ok: r.ok, d: d }; });
      }).then(function (res) {
        var p = document.createElement("p");
        p.className = "report-result";
        p.setAttribute("role", "status");
        p.textContent = res.d && res.d.message ? res.d.message : "";
        if (res.ok) {
          rf.hidden = true;
          rf.reset();
          rf.insertAdjacentElement("afterend", p);
        } else {
          rf.querySelector("fieldset").appendChild(p);
        }
      }).catch(function () { rf.submit(); });
    });
  }

  /* The reader's own comment: the redirect after posting carries a token
     in the fragment (#pending=…), which never reaches the server or the
     cache. The token is kept here for a while, so the comment still shows
     on later visits until a moderator decides. */
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function build(c) {
    var li = el("li", "comment" + (c.status === "pending" ? " comment-pending" : ""));
    li.id = "comment-" + c.id;
    var art = el("div", "comment-body");
    var head = el("header", "comment-meta");
    var av = el("span", "avatar avatar-" + c.hue, c.initials);
    av.setAttribute("aria-hidden", "true");
    head.appendChild(av);
    var who = el("span", "comment-author");
    if (/^https?:\/\//i.test(c.author_url || "")) {
      var link = el("a", "", c.author);
      link.href = c.author_url;
      link.rel = "nofollow ugc";
      who.appendChild(link);
    } else {
      who.textContent = c.author;
    }
    head.appendChild(who);
    var when = el("a", "comment-date");
    when.href = "#comment-" + c.id;
    var time = el("time", "", c.date);
    time.setAttribute("datetime", c.iso);
    when.appendChild(time);
    head.appendChild(when);
    art.appendChild(head);
    if (c.status === "pending") {
      art.appendChild(el("p", "comment-awaiting", section.getAttribute("data-pending")));
    }
    var text = el("div", "comment-text");
    (c.paragraphs || []).forEach(function (para) {
      var p = el("p");
      para.forEach(function (s) {
        if (s.br) {
          p.appendChild(el("br"));
        } else if (s.url && /^https?:\/\//i.test(s.url)) {
          var a = el("a", "", s.text);
          a.href = s.url;
          a.rel = "nofollow ugc";
          p.appendChild(a);
        } else {
          p.appendChild(document.createTextNode(s.text));
        }
      });
      text.appendChild(p);
    });
    art.appendChild(text);
    li.appendChild(art);
    return li;
  }

  function place(li, parentID) {
    var parent = parentID ? document.getElementById("comment-" + parentID) : null;
    var list;
    if (parent) {
      list = parent.querySelector(":scope > ol.comment-children");
      if (!list) {
        list = el("ol", "comment-children");
        parent.appendChild(list);
      }
    } else {
      list = section.querySelector("ol.comment-list");
      if (!list) {
        list = el("ol", "comment-list");
        document.getElementById("comments-title").insertAdjacentElement("afterend", list);
      }
    }
    list.appendChild(li);
  }

  function showOwn() {
    var now = Date.now();
    var own = load(ownKey, []).filter(function (o) { return o && o.e > now && o.t; });
    var fresh = null;
    var m = /^#pending=([A-Za-z0-9_.\-]+)$/.exec(window.location.hash);
    if (m) {
      fresh = m[1];
      own.push({ t: fresh, p: post, e: now + 2 * 3600 * 1000 });
      if (window.history && history.replaceState) {
        history.replaceState(null, "", window.location.pathname + window.location.search + "#comments");
      }
    }
    save(ownKey, own.length ? own : null);
    own.filter(function (o) { return o.p === post; }).forEach(function (o) {
      var url = section.getAttribute("data-own-url") + "?t=" + encodeURIComponent(o.t);
      fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (r) {
        if (r.status === 404) {
          save(ownKey, load(ownKey, []).filter(function (x) { return x.t !== o.t; }));
          return null;
        }
        return r.ok ? r.json() : null;
      }).then(function (c) {
        if (!c) {
          return;
        }
        var li = document.getElementById("comment-" + c.id);
        if (!li) {
          li = build(c);
          place(li, c.parent);
        }
        if (o.t === fresh) {
          li.scrollIntoView({ block: "center" });
        }
      }).catch(function () { /* offline: nothing to show */ });
    });
  }

  setupForm();
  setupReplies();
  setupReports();
  showOwn();
}());
