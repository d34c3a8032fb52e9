// The page of `pvdkg serve`: posts the patient to /report and /cards and lays out what
// they answer. It decides nothing clinical (statuses, grades, groups and cards all come
// from the server) and writes every text with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

const MEDIA = { json: "application/json", yaml: "application/yaml", yml: "application/yaml",
  ttl: "text/turtle", jsonld: "application/ld+json", nt: "application/n-triples" };

/** The media type of pasted text when the user leaves "detect": JSON, Turtle, else YAML. */
function detect(text) {
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "application/json";
  if (/^(@prefix|@base|PREFIX|BASE|<)/i.test(start)) return "text/turtle";
  return "application/yaml";
}

function say(text, kind) {
  const status = $("status");
  status.textContent = text;
  status.className = kind || "";
}

// --- the bearer token (a server started with --trust) --------------------------------------
// A session JWT a person pastes: kept in this tab's sessionStorage only (gone when the tab
// closes), sent as Authorization on every request the page makes, never put in a URL.

const TOKEN = "pvdkg-token";

function saveToken() {
  const token = $("token").value.trim();
  if (token) sessionStorage.setItem(TOKEN, token);
  else sessionStorage.removeItem(TOKEN);
}

/** fetch() with the pasted token; a 401 shows the token field with the server's reason. */
async function request(url, options = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const headers = { ...(options.headers || {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(url, { ...options, headers });
  if (response.status === 401) {
    const reason = await response.clone().json().then((d) => d.error, () => "");
    $("auth").hidden = false;
    say(`This server needs a bearer token${token ? "" : " (it runs with --trust)"}: ${reason}`, "bad");
  }
  return response;
}

async function tokenChanged() {
  saveToken();
  const placeholder = $("example").options[0];
  $("example").replaceChildren(placeholder);
  if (await loadExamples()) say("Token accepted.", "good");
}

async function loadExamples() {
  const response = await request("/examples");
  if (!response.ok) return false;
  const { examples } = await response.json();
  const groups = new Map();
  for (const ex of examples) {
    if (!groups.has(ex.kind)) groups.set(ex.kind, el("optgroup", { label: ex.kind }));
    groups.get(ex.kind).append(el("option", { value: ex.name, "data-media": ex.media_type }, ex.name));
  }
  $("example").append(...groups.values());
  return true;
}

async function pickExample() {
  const option = $("example").selectedOptions[0];
  if (!option || !option.value) return;
  const response = await request("/examples/" + option.value.split("/").map(encodeURIComponent).join("/"));
  if (!response.ok) return;
  $("text").value = await response.text();
  $("format").value = option.dataset.media;
  say(`Example ${option.value} loaded.`);
}

async function pickFile() {
  const file = $("file").files[0];
  if (!file) return;
  $("text").value = await file.text();
  const ext = file.name.split(".").pop().toLowerCase();
  $("format").value = MEDIA[ext] || "auto";
  $("example").value = "";
  say(`File ${file.name} loaded.`);
}

async function post(route, body, type) {
  const response = await request(route, { method: "POST", headers: { "Content-Type": type }, body });
  let data;
  try {
    data = await response.json();
  } catch {
    data = { error: `HTTP ${response.status}` };
  }
  return { ok: response.ok, status: response.status, data };
}

async function submit(event) {
  event.preventDefault();
  saveToken();
  const text = $("text").value;
  if (!text.trim()) {
    say("Paste a case, pick an example or choose a file first.", "bad");
    return;
  }
  const type = $("format").value === "auto" ? detect(text) : $("format").value;
  say("Deriving…");
  $("submit").disabled = true;
  for (const id of ["errors", "report", "cards"]) $(id).replaceChildren();
  $("errors").hidden = true;
  try {
    const [report, cards] = await Promise.all([post("/report", text, type), post("/cards", text, type)]);
    if (!report.ok) {
      showError(report.data);
      say(`Not assessed (HTTP ${report.status}).`, "bad");
      return;
    }
    showReport(report.data);
    if (cards.ok) showCards(cards.data.cards);
    else $("cards").append(el("p", { class: "bad" }, `Cards: ${cards.data.error}`));
    say("Done.", "good");
  } catch (error) {
    say(`The server could not be reached: ${error}`, "bad");
  } finally {
    $("submit").disabled = false;
  }
}

// --- errors -------------------------------------------------------------------------------

function showError(data) {
  const box = $("errors");
  box.hidden = false;
  box.append(el("h2", {}, data.error || "error"));
  if (data.findings && data.findings.length) {
    box.append(table(["path", "message", "severity"],
      data.findings.map((f) => [el("code", {}, f.path || "(case)"), f.message, f.severity]), "findings"));
  }
}

// --- the report -----------------------------------------------------------------------------

function table(headers, rows, cls) {
  return el("table", { class: cls },
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((c) => el("td", {}, c))))));
}

function grade(g) {
  return `COR ${g.class || "-"} / LOE ${g.level || "-"}`;
}

/** Statement ids, each with its label on hover (R10: no revascularization ...). */
function statementsOf(ids, labels) {
  if (!ids.length) return ["patient"];
  return ids.flatMap((id, i) => [i ? ", " : "", el("abbr", { title: labels[id] || id }, id)]);
}

function groupNode(g, labels) {
  const apart = g.adds !== null;
  const cells = [el("span", { class: "title" }, g.title)];
  if (apart) {
    cells.push(el("span", { class: "grade" }, g.adds.grade ? grade(g) : ""));
    cells.push(el("span", { class: "recs" }, "also ", statementsOf(g.adds.recommendations, labels)));
    cells.push(el("span", { class: "cites" }, g.adds.citations.length ? `cites also ${g.adds.citations.join(", ")}` : ""));
  } else {
    cells.push(el("span", { class: "grade" }, grade(g)));
    cells.push(el("span", { class: "recs" }, statementsOf(g.recommendations, labels)));
    cells.push(el("span", { class: "cites" }, `cites ${g.citations.join(", ") || "-"}`));
  }
  const because = apart ? g.adds.because : g.because;
  return el("div", { class: "group" + (apart ? " apart" : ""), "data-intervention": g.intervention,
    "data-status": g.status },
  el("div", { class: "line" }, cells),
  because.length ? el("div", { class: "because" }, "because: ", because.join("; ")) : null,
  g.kinds.length ? el("div", { class: "kinds" }, "kinds: ",
    g.kinds.map((k) => k.intervention + (k.tried ? " (tried)" : "")).join(", ")) : null,
  g.apart.map((a) => groupNode(a, labels)));
}

/** A case value as the text report writes it: strings bare, an object as "key value, ...". */
function plain(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value).map(([k, v]) => `${k} ${plain(v)}`).join(", ");
  }
  return JSON.stringify(value);
}

function part(title, items) {
  if (!items || !items.length) return null;
  return el("section", { class: "part" }, el("h3", {}, title), items);
}

function showReport(r) {
  const labels = r.statements || {};
  const out = [el("h2", {}, "Patient ", el("code", {}, r.patient))];
  for (const { status, groups } of r.statuses) {
    if (!groups.length) continue;
    out.push(el("section", { class: `status status-${status}`, "data-status": status },
      el("h3", {}, status.toUpperCase()), groups.map((g) => groupNode(g, labels))));
  }
  out.push(part("Read from the record", r.sources && r.sources.length ? [table(["case field", "value", "resources"],
    r.sources.map((s) => [el("code", {}, s.field), plain(s.value), s.resources.join(", ")]))] : []));
  out.push(part(`Unmapped FHIR codings (${(r.unmapped || []).length})`, r.unmapped && r.unmapped.length
    ? [table(["resource", "field", "system", "code", "display", "reason"],
      r.unmapped.map((u) => [u.resource, u.field, u.system || "", u.code || "", u.display || "", u.reason]))] : []));
  out.push(part("Conflicts", r.conflicts.map((c) => el("p", { class: "conflict" },
    el("strong", {}, c.intervention), ": ", statementsOf(c.recommendations, labels), ` → ${c.resolved_to}. ${c.why}`))));
  out.push(part("Cautions", r.cautions.map((c) => el("p", { class: "caution" },
    "[", statementsOf(c.recommendations, labels).map((n) => (n === ", " ? " × " : n)), "] ", c.text))));
  out.push(part("Audit of current therapies", r.audit.map((a) => el("p", { class: "audit" },
    el("strong", {}, a.intervention), `: ${a.finding} (`, statementsOf(a.recommendations, labels), ")"))));
  out.push(part("Undecided (the case leaves these rules open)", r.undecided.length ? [
    el("p", {}, "Ask for: ", el("strong", {}, r.ask.join(", ") || "-")),
    table(["rule", "intervention", "would give", "ask for"],
      r.undecided.map((u) => [statementsOf([u.recommendation], labels), u.intervention, u.status, u.ask.join(", ")])),
  ] : []));
  $("disclaimer").textContent = r.disclaimer;
  $("report").append(...out.filter(Boolean));
}

// --- CDS cards ------------------------------------------------------------------------------

/** A card's `detail` (the little Markdown pvdkg writes: paragraphs, "- " lists, **bold**,
 *  _emphasis_, backslash escapes) as elements, with every character as text. */
function markdown(text) {
  const out = [];
  let list = null;
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      list = null;
      continue;
    }
    if (line.startsWith("- ")) {
      if (!list) out.push((list = el("ul")));
      list.append(el("li", {}, inline(line.slice(2))));
    } else {
      list = null;
      out.push(el("p", {}, inline(line)));
    }
  }
  return out;
}

function inline(text) {
  const root = el("span");
  const stack = [root];
  const top = () => stack[stack.length - 1];
  const toggle = (tag) => {
    if (top().tagName === tag.toUpperCase() && stack.length > 1) stack.pop();
    else stack.push(top().appendChild(el(tag)));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) top().append(text[++i]);
    else if (c === "*" && text[i + 1] === "*") {
      toggle("strong");
      i++;
    } else if (c === "_") toggle("em");
    else top().append(c);
  }
  root.normalize();
  return root;
}

function showCards(cards) {
  const box = $("cards");
  box.append(el("h2", {}, `CDS Hooks cards (patient-view): ${cards.length}`));
  if (!cards.length) box.append(el("p", {}, "No cards: no PAD presentation could be read for this patient."));
  for (const card of cards) {
    const source = card.source || {};
    const link = typeof source.url === "string" && source.url.startsWith("https://")
      ? el("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, source.label || source.url)
      : source.label;
    box.append(el("article", { class: `card card-${card.indicator}`, "data-indicator": card.indicator },
      el("header", {}, el("span", { class: "indicator" }, card.indicator), el("span", { class: "summary" }, card.summary)),
      el("div", { class: "detail" }, markdown(card.detail || "")),
      card.suggestions ? el("div", { class: "suggestions" }, card.suggestions.map((s) =>
        el("button", { type: "button", disabled: true, title: "an EHR would apply this; the page does not" }, s.label))) : null,
      card.overrideReasons ? el("label", { class: "override" }, "Override reason ",
        el("select", {}, card.overrideReasons.map((o) => el("option", {}, o.display)))) : null,
      el("footer", {}, "Source: ", link)));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("input").addEventListener("submit", submit);
  $("example").addEventListener("change", pickExample);
  $("file").addEventListener("change", pickFile);
  $("token").addEventListener("change", tokenChanged);
  $("token").value = sessionStorage.getItem(TOKEN) || "";
  if ($("token").value) $("auth").hidden = false;
  loadExamples();
});
