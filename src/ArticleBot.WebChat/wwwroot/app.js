// ArticleBot web chat. Every piece of text from the server or the user is inserted with textContent or
// createTextNode, never as HTML, so a passage containing markup shows the markup as text.
"use strict";

(() => {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("question");
  const send = document.getElementById("send");
  const emptyHint = document.getElementById("empty-hint");
  const starters = document.getElementById("starters");
  const heading = document.getElementById("heading");
  const subtitle = document.getElementById("subtitle");
  const pickerRow = document.getElementById("picker-row");
  const picker = document.getElementById("article-picker");
  const newChat = document.getElementById("new-chat");
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  // The conversation is the page's: each /api/chat reply returns a token of what follow-ups may refer to, sent back
  // with the next question. A new chat forgets it.
  let conversation = null;

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
    const who = passage.speakerLabel || passage.speaker;
    return passage.isParaphrase ? `${who}, paraphrased` : `${who} said`;
  }

  /** A quotation in the speaker's own words: only these are offered as "Copy quote". */
  function isQuotation(passage) {
    return Boolean(passage.quote && passage.speaker && !passage.isParaphrase);
  }

  function citation(passage) {
    const parts = [];
    if (isQuotation(passage)) {
      parts.push(`“${passage.quote}” — ${passage.speakerLabel || passage.speaker}`);
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
    const card = el("article", isQuotation(passage) ? "card quote" : "card");
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

    const copy = el("button", "copy", isQuotation(passage) ? "Copy quote" : "Copy");
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

  function renderReply(reply, container, question, sentWith, firstNumber = 1) {
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
        const next = await request(question, { skip: reply.skip + reply.top, top: reply.top, token: sentWith });
        more.remove();
        if (next.error) {
          container.append(el("p", "message error", next.error));
        } else {
          renderReply({ ...next.reply, message: null, lead: null, suggestions: [] }, container, question, sentWith, firstNumber + results.length);
        }
      });
      container.append(more);
    }

    if (reply.answered && reply.intent !== "help" && reply.intent !== "source" && results.length > 0 && firstNumber === 1) {
      container.append(renderFeedback(question, results[0]));
    }
  }

  /** 👍 / 👎 on an answer: a vote on its first passage, the one its lead cites as [1]. */
  function renderFeedback(question, passage) {
    const box = el("div", "feedback");
    const prompt = el("span", "feedback-prompt", "Was this helpful?");
    const status = el("span", "feedback-status");
    status.setAttribute("role", "status");
    box.append(prompt);
    const buttons = [];
    for (const [helpful, face, label, word] of [[true, "👍", "Helpful", "Yes"], [false, "👎", "Not helpful", "No"]]) {
      // The word beside the emoji: a machine without an emoji font still shows what the button means.
      const button = el("button", "vote", `${face} ${word}`);
      button.type = "button";
      button.setAttribute("aria-label", label);
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", async () => {
        buttons.forEach((b) => { b.disabled = true; });
        const sent = await vote(question, passage, helpful);
        buttons.forEach((b) => {
          b.disabled = false;
          b.setAttribute("aria-pressed", String(sent && b === button));
        });
        status.textContent = sent ? "Thanks for the feedback." : "The vote could not be sent; try again.";
      });
      buttons.push(button);
      box.append(button);
    }
    box.append(status);
    return box;
  }

  async function vote(question, passage, helpful) {
    try {
      const response = await fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ question, article: passage.article, paragraph: passage.paragraph, helpful }),
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  async function request(question, { skip = 0, top = 3, token = conversation } = {}) {
    try {
      const body = { question, top, skip };
      if (token) body.conversation = token;
      if (picker.value) body.article = picker.value;
      const response = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(body),
      });
      const reply = await response.json().catch(() => null);
      if (!response.ok || reply === null) {
        // A limited request says when to ask again (Retry-After, whole seconds); Retry waits that long.
        const wait = response.status === 429 ? Number.parseInt(response.headers.get("Retry-After") ?? "", 10) : NaN;
        return {
          error: (reply && typeof reply.error === "string") ? reply.error : `The server answered ${response.status}.`,
          retryAfter: Number.isFinite(wait) && wait > 0 ? wait : 0,
        };
      }
      return { reply };
    } catch {
      return { error: "Could not reach ArticleBot. Is it still running?" };
    }
  }

  /** Keeps Retry disabled for the seconds the server asked to wait, showing how many are left, then enables it. */
  function countDown(retry, seconds) {
    if (!(seconds > 0)) return;
    let left = seconds;
    const show = () => { retry.textContent = `Retry in ${left} s`; };
    retry.disabled = true;
    show();
    const timer = setInterval(() => {
      left -= 1;
      if (left > 0) {
        show();
        return;
      }
      clearInterval(timer);
      retry.disabled = false;
      retry.textContent = "Retry";
    }, 1000);
  }

  /** Asks, and draws the reply (or the error with a Retry button) into the exchange's reply element. */
  async function answerInto(reply, text) {
    reply.replaceChildren(el("p", "message pending", "Looking it up…"));
    reply.removeAttribute("data-state");
    send.disabled = true;
    const sentWith = conversation;
    const result = await request(text, { token: sentWith });
    send.disabled = false;
    reply.replaceChildren();
    if (result.error) {
      reply.append(el("p", "message error", result.error));
      const retry = el("button", "more retry", "Retry");
      retry.type = "button";
      retry.addEventListener("click", () => answerInto(reply, text));
      reply.append(retry);
      countDown(retry, result.retryAfter);
    } else {
      if (typeof result.reply.conversation === "string") conversation = result.reply.conversation;
      renderReply(result.reply, reply, text, sentWith);
    }
    reply.setAttribute("data-state", "done");
    // Only now that the answer is drawn: its start (the question, then the lead) comes into view.
    reply.parentElement.scrollIntoView({ block: "start", behavior: reducedMotion ? "auto" : "smooth" });
  }

  async function submit(question) {
    const text = question.trim();
    if (text === "") return;
    emptyHint.hidden = true;

    const exchange = el("section", "exchange");
    exchange.append(el("p", "you", text));
    const reply = el("div", "reply");
    exchange.append(reply);
    log.append(exchange);
    await answerInto(reply, text);
  }

  /** The header, title and picker from the articles indexed. */
  async function loadArticles() {
    let articles = [];
    try {
      const response = await fetch("/api/articles", { headers: { "Accept": "application/json" } });
      const body = response.ok ? await response.json() : null;
      articles = body && Array.isArray(body.articles) ? body.articles : [];
    } catch {
      return;
    }
    if (articles.length === 1) {
      const only = articles[0];
      // An article without a title is shown by its publisher: then it is "the <publisher> article", not a headline.
      const titled = only.title && only.title !== only.publisher;
      if (titled) heading.textContent = only.title;
      subtitle.textContent = titled
        ? `Ask about this article${only.publisher ? ` from ${only.publisher}` : ""}. Every answer cites the paragraph it comes from.`
        : `Ask about the ${only.title} article. Every answer cites the paragraph it comes from.`;
      document.title = titled ? `${only.title} · ArticleBot` : `${only.title} · ArticleBot`;
    } else if (articles.length > 1) {
      subtitle.textContent = `Ask about ${articles.length} articles. Every answer cites the paragraph it comes from.`;
      document.title = `${articles.length} articles · ArticleBot`;
      for (const article of articles) {
        const option = el("option", null, article.title === article.publisher || !article.publisher ? article.title : `${article.title} (${article.publisher})`);
        option.value = article.id;
        picker.append(option);
      }
      pickerRow.hidden = false;
    }
  }

  /** Starter questions drawn from the articles by the server (help's suggestions). */
  async function loadStarters() {
    const result = await request("/help", { token: null });
    const suggestions = result.reply && Array.isArray(result.reply.suggestions) ? result.reply.suggestions : [];
    starters.replaceChildren(...renderSuggestions(suggestions.filter((s) => !s.startsWith("/"))).childNodes);
  }

  newChat.addEventListener("click", () => {
    conversation = null;
    log.replaceChildren();
    emptyHint.hidden = false;
    input.value = "";
    input.focus();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    input.focus();
    submit(text);
  });

  input.focus();
  loadArticles();
  loadStarters();
})();
