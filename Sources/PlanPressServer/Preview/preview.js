"use strict";
// The preview of one session (/preview/{id}): its screens as PNGs drawn at the window's size, next and
// previous by arrow keys, a click on either half or a swipe, a variant switcher and a before/after toggle.
// The service says when the case changes (Server-Sent Events); the screen shown is then fetched again.
// Each screen shown is recorded in window.preview.shown (with the wall-clock time in ms it showed), for tests
// and measurements.

const session = decodeURIComponent(location.pathname.split("/").pop());
const api = `/v1/sessions/${encodeURIComponent(session)}`;
const image = document.getElementById("screen");
const view = {
  screen: 1, count: 0, variant: null, variants: [], version: 0,
  before: null, after: null, aspect: 16 / 9,
};
window.preview = { shown: [] };
let ticket = 0;

/** The PNG width that fills the window at this display's density. */
function pixelWidth() {
  const fit = Math.min(innerWidth, innerHeight * view.aspect);
  return Math.max(200, Math.min(6000, Math.round(fit * devicePixelRatio)));
}

/** Fetches the screen the view asks for and shows it; an answer overtaken by a newer request is dropped. */
async function show() {
  const mine = ++ticket;
  const query = new URLSearchParams({ width: pixelWidth(), version: Math.max(1, view.version) });
  if (view.variant) query.set("variant", view.variant);
  let response;
  try {
    response = await fetch(`${api}/screens/${view.screen}.png?${query}`, { cache: "no-store" });
  } catch {
    return say("The service cannot be reached.");
  }
  if (mine !== ticket) return;
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const fewer = /has (\d+) screens/.exec(problem.detail || "");
    if (fewer && view.screen > 1) {
      view.screen = Math.max(1, Number(fewer[1]));
      return show();
    }
    return say(problem.detail || `The screen could not be drawn (${response.status}).`);
  }
  const version = Number(response.headers.get("X-Session-Version"));
  view.count = Number(response.headers.get("X-Page-Count"));
  view.before = Number(response.headers.get("X-Screen-Before")) || null;
  view.after = Number(response.headers.get("X-Screen-After")) || null;
  const blob = await response.blob();
  if (mine !== ticket) return;
  const previous = image.src;
  const shown = { version, screen: view.screen, variant: view.variant };
  image.onload = () => {
    if (previous) URL.revokeObjectURL(previous);
    view.aspect = image.naturalWidth / image.naturalHeight;
    window.preview.shown.push({ ...shown, at: performance.timeOrigin + performance.now() });
  };
  image.src = URL.createObjectURL(blob);
  say(null);
  drawControls();
}

/** Moves `step` screens on, within the booklet. */
function go(step) {
  const next = view.screen + step;
  if (next < 1 || (view.count && next > view.count)) return;
  view.screen = next;
  show();
}

function say(text) {
  const message = document.getElementById("message");
  message.hidden = !text;
  message.textContent = text || "";
}

function drawControls() {
  document.getElementById("position").textContent = view.count ? `${view.screen} / ${view.count}` : "";
  document.getElementById("previous").disabled = view.screen <= 1;
  document.getElementById("next").disabled = view.count > 0 && view.screen >= view.count;
  const toggle = document.getElementById("toggle");
  toggle.hidden = !(view.before && view.after);
  toggle.setAttribute("aria-pressed", String(view.screen === view.after));
  toggle.textContent = view.screen === view.after ? "After" : view.screen === view.before ? "Before" : "Before / after";
  const group = document.getElementById("variants");
  const choices = [[null, "All"], ...view.variants.map((name, index) => [index + 1, `${index + 1}. ${name}`])];
  group.replaceChildren(...(view.variants.length > 1 ? choices : []).map(([number, label]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.title = label;
    button.dataset.variant = number ?? "";
    button.setAttribute("aria-pressed", String(number === view.variant));
    button.addEventListener("click", () => {
      view.variant = number;
      show();
    });
    return button;
  }));
}

document.getElementById("previous").addEventListener("click", () => go(-1));
document.getElementById("next").addEventListener("click", () => go(1));
document.getElementById("toggle").addEventListener("click", () => {
  view.screen = view.screen === view.before ? view.after : view.before;
  show();
});

addEventListener("keydown", (event) => {
  if (event.key === "ArrowRight" || event.key === "PageDown") go(1);
  else if (event.key === "ArrowLeft" || event.key === "PageUp") go(-1);
  else return;
  event.preventDefault();
});

// A swipe of 50 px or more moves one screen; a shorter press is a click: the right half goes on, the left back.
const stage = document.getElementById("stage");
let pressedAt = null;
stage.addEventListener("pointerdown", (event) => { pressedAt = event.clientX; });
stage.addEventListener("pointerup", (event) => {
  if (pressedAt === null) return;
  const moved = event.clientX - pressedAt;
  pressedAt = null;
  if (Math.abs(moved) >= 50) go(moved < 0 ? 1 : -1);
  else go(event.clientX >= innerWidth / 2 ? 1 : -1);
});

let resizing;
addEventListener("resize", () => {
  clearTimeout(resizing);
  resizing = setTimeout(show, 200);
});

// The first event carries the current version; each later one a new case.
const events = new EventSource(`${api}/events`);
events.addEventListener("version", (event) => {
  const { version, variants } = JSON.parse(event.data);
  view.variants = variants;
  if (view.variant > variants.length) view.variant = null;
  if (version !== view.version) {
    view.version = version;
    show();
  } else {
    drawControls();
  }
});
events.addEventListener("error", () => {
  if (events.readyState === EventSource.CLOSED) say("This preview session has ended.");
});
