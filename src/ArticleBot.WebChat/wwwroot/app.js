// ArticleBot web chat. Every piece of text from the server or the user is inserted with textContent or
// createTextNode, never as HTML, so a passage containing markup shows the markup as text.
"use strict";

(() => {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const emptyHint = document.getElementById("empty-hint");

  const STOP_WORDS = new Set([
    "about", "after", "also", "been", "before", "does", "from", "have", "into", "more", "said", "says", "than",
    "that", "their", "them", "then", "there", "these", "they", "this", "what", "when", "where", "which", "while",
    "who", "whom", "whose", "will", "with", "would", "your",
  ]);

  /** Creates an element with a class and text; text goes through textContent only. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** Only http(s) links are shown, so a javascript: or data: URL in an article's metadata cannot run. */
  function safeUrl(url) {
    if (typeof url !== "string" || url === "") return null;
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch {
      return null;
    }
  }

  /** Ranges of the question's meaningful words in the text, for replies that carry no highlight ranges. */
  function wordRanges(text, question) {
    const words = (question || "")
      .replace(/^\/\w+\s*/, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 4 && !STOP_WORDS.has(word));
    const ranges = [];
    const lower = text.toLowerCase();
    for (const word of new Set(words)) {
      let at = lower.indexOf(word);
      while (at !== -1) {
        const before = at === 0 ? "" : lower[at - 1];
        if (!/[\p{L}\p{N}]/u.test(before)) {
          let end = at + word.length;
          while (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end])) end++;
          ranges.push([at, end - at]);
        }
        at = lower.indexOf(word, at + word.length);
      }
    }
    return ranges;
  }

  /** The snippet as text nodes with <mark> around the matched ranges. */
  function highlighted(text, ranges) {
    const fragment = document.createDocumentFragment();
    const sorted = (Array.isArray(ranges) ? ranges : [])
      .filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[1] > 0)
      .map(([start, length]) => [Math.max(0, start), Math.min(text.length, start + length)])
      .filter(([start, end]) => start < end)
      .sort((a, b) => a[0] - b[0]);
    let position = 0;
    for (const [start, end] of sorted) {
      if (start < position) continue;
      if (start > position) fragment.append(document.createTextNode(text.slice(position, start)));
      fragment.append(el("mark", null, text.slice(start, end)));
      position = end;
    }
    if (position < text.length) fragment.append(document.createTextNode(text.slice(position)));
    return fragment;
  }

  function speakerLine(passage) {
    if (!passage.speaker) return null;
    return passage.isParaphrase ? `${passage.speaker}, paraphrased` : `${passage.speaker} said`;
  }

  function citation(passage) {
    const parts = [];
    if (passage.quote && passage.speaker) {
      parts.push(`“${passage.quote}” — ${passage.speaker}`);
    } else {
      parts.push(passage.snippet);
    }
    const where = passage.paragraph > 0 ? `${passage.title}, ¶${passage.paragraph}` : passage.title;
    const url = safeUrl(passage.url);
    parts.push(url ? `(${where}, ${url})` : `(${where})`);
    return parts.join(" ");
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Clipboard access needs a secure context and permission; fall back to the selection-based copy.
      const area = el("textarea", "visually-hidden");
      area.value = text;
      document.body.append(area);
      area.select();
      const copied = document.execCommand && document.execCommand("copy");
      area.remove();
      return Boolean(copied);
    }
  }

  let cardCount = 0;

  function renderPassage(passage, question, number) {
    const id = `passage-${++cardCount}`;
    const card = el("article", passage.quote ? "card quote" : "card");
    card.id = id;
    // Focusable from a citation, not a tab stop of its own.
    card.tabIndex = -1;
    card.setAttribute("aria-labelledby", `${id}-number ${id}-snippet`);
    const badge = el("span", "number", `[${number}]`);
    badge.id = `${id}-number`;
    badge.setAttribute("aria-label", `Source ${number}`);
    card.append(badge);

    const snippet = el("p", "snippet");
    snippet.id = `${id}-snippet`;
    const text = typeof passage.snippet === "string" && passage.snippet !== "" ? passage.snippet : String(passage.text ?? "");
    const ranges = Array.isArray(passage.highlights) && passage.highlights.length > 0
      ? passage.highlights
      : wordRanges(text, question);
    snippet.append(highlighted(text, ranges));
    card.append(snippet);

    const attribution = el("p", "attribution");
    const said = speakerLine(passage);
    if (said) attribution.append(el("span", "speaker", said));
    attribution.append(el("cite", "title", passage.title));
    if (passage.paragraph > 0) {
      attribution.append(el("span", "paragraph", `¶${passage.paragraph}`));
    } else {
      // A whole article (the /source listing): name its id, which is what "/source <article> <paragraph>" takes.
      if (passage.publisher && passage.publisher !== passage.title) {
        attribution.append(el("span", "publisher", passage.publisher));
      }
      attribution.append(el("code", "article-id", passage.article));
    }
    const url = safeUrl(passage.url);
    if (url) {
      const link = el("a", "source", "Source");
      link.href = url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      attribution.append(link);
    }
    card.append(attribution);

    const actions = el("div", "actions");
    if (typeof passage.text === "string" && passage.text !== "" && passage.text !== text) {
      const full = el("p", "full", passage.text);
      full.id = `${id}-full`;
      full.hidden = true;
      card.append(full);

      const expand = el("button", "expand", "Show full paragraph");
      expand.type = "button";
      expand.setAttribute("aria-expanded", "false");
      expand.setAttribute("aria-controls", full.id);
      expand.addEventListener("click", () => {
        full.hidden = !full.hidden;
        expand.setAttribute("aria-expanded", String(!full.hidden));
        expand.textContent = full.hidden ? "Show full paragraph" : "Hide full paragraph";
      });
      actions.append(expand);
    }

    const copy = el("button", "copy", passage.quote ? "Copy quote" : "Copy");
    copy.type = "button";
    copy.addEventListener("click", async () => {
      const label = copy.textContent;
      copy.textContent = (await copyText(citation(passage))) ? "Copied" : "Copy failed";
      setTimeout(() => { copy.textContent = label; }, 2000);
    });
    actions.append(copy);
    card.append(actions);
    return card;
  }

  function renderSuggestions(suggestions) {
    const list = el("ul", "suggestions");
    list.setAttribute("aria-label", "Suggested questions");
    for (const suggestion of suggestions) {
      if (typeof suggestion !== "string" || suggestion === "") continue;
      const item = el("li");
      const chip = el("button", "chip", suggestion);
      chip.type = "button";
      chip.addEventListener("click", () => submit(suggestion));
      item.append(chip);
      list.append(item);
    }
    return list;
  }

  /** The answer's lead: its words as text, each citation a link that scrolls to and focuses its card. */
  function renderLead(lead, cards) {
    const paragraph = el("p", "lead");
    for (const segment of Array.isArray(lead.segments) ? lead.segments : []) {
      if (paragraph.childNodes.length > 0) paragraph.append(document.createTextNode(" "));
      paragraph.append(document.createTextNode(String(segment.text ?? "")));
      for (const n of Array.isArray(segment.citations) ? segment.citations : []) {
        const card = cards[n - 1];
        if (!card) continue;
        const link = el("a", "cite", `[${n}]`);
        link.href = `#${card.id}`;
        link.setAttribute("aria-label", `Source ${n}`);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          card.scrollIntoView({ block: "nearest", behavior: "smooth" });
          card.focus({ preventScroll: true });
        });
        paragraph.append(document.createTextNode(" "), link);
      }
    }
    return paragraph;
  }

  function renderReply(reply, container, question, firstNumber = 1) {
    const results = Array.isArray(reply.results) ? reply.results : [];
    const cards = results.map((passage, i) => renderPassage(passage, question, firstNumber + i));
    if (reply.lead && cards.length > 0) {
      container.append(renderLead(reply.lead, cards));
    } else if (reply.message) {
      container.append(el("p", "message", reply.message));
    } else if (!reply.answered && results.length === 0) {
      container.append(el("p", "message", "I couldn't find that in the articles."));
    }
    for (const card of cards) container.append(card);

    const suggestions = Array.isArray(reply.suggestions) ? reply.suggestions : [];
    if (suggestions.length > 0) container.append(renderSuggestions(suggestions));

    if (reply.hasMore) {
      const more = el("button", "more", "More results");
      more.type = "button";
      more.addEventListener("click", async () => {
        more.disabled = true;
        const next = await request(question, reply.skip + reply.top, reply.top);
        more.remove();
        if (next.error) {
          container.append(el("p", "message error", next.error));
        } else {
          renderReply({ ...next.reply, message: null, lead: null, suggestions: [] }, container, question, reply.skip + reply.top + 1);
        }
      });
      container.append(more);
    }
  }

  async function request(question, skip = 0, top = 3) {
    try {
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ question, top, skip }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok || body === null) {
        return { error: (body && typeof body.error === "string") ? body.error : `The server answered ${response.status}.` };
      }
      return { reply: body };
    } catch {
      return { error: "Could not reach ArticleBot. Is it still running?" };
    }
  }

  async function submit(question) {
    const text = question.trim();
    if (text === "") return;
    emptyHint.hidden = true;

    const exchange = el("section", "exchange");
    exchange.append(el("p", "you", text));
    const reply = el("div", "reply");
    const pending = el("p", "message pending", "Looking it up…");
    reply.append(pending);
    exchange.append(reply);
    log.append(exchange);
    exchange.scrollIntoView({ block: "start", behavior: "smooth" });

    send.disabled = true;
    const result = await request(text);
    send.disabled = false;
    pending.remove();
    if (result.error) {
      reply.append(el("p", "message error", result.error));
    } else {
      renderReply(result.reply, reply, text);
    }
    reply.setAttribute("data-state", "done");
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    input.focus();
    submit(text);
  });

  input.focus();
})();
