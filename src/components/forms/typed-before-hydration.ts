/**
 * Keeps what was typed into a `<textarea>` before the page was interactive (issue 12: forms never
 * lose typing).
 *
 * The server's HTML already holds an edit form's saved values, so an officer can start typing before
 * the scripts have loaded. For an `<input>` React keeps what is typed when it hydrates it, and
 * react-hook-form keeps it too (it does not set a field it finds edited before the form is ready). A
 * `<textarea>` is different: react-dom 19's initTextarea sets its `value` back to its server text while
 * hydrating it, before any ref or effect of ours runs, so the typing is gone by the time the form could
 * look. Hence this module notes the typing itself, from the moment it loads (it is loaded with the form,
 * before React hydrates it): the textareas already edited, then every later input event. When a field
 * mounts it calls `keepTypedBeforeHydration` once; if its textarea was typed into, the typing goes back
 * in as a keystroke would (see `retype`), so react-hook-form, a controlled field and the dirty state
 * all follow.
 */
const typedEarly = new WeakMap<HTMLTextAreaElement, string>();
/** Textareas a field has mounted on: their typing is the form's own from then on. */
const mounted = new WeakSet<HTMLTextAreaElement>();

function note(el: HTMLTextAreaElement) {
  // Before hydration `defaultValue` is the server's text, so a difference is the user's typing.
  if (!mounted.has(el) && el.value !== el.defaultValue) typedEarly.set(el, el.value);
}

if (typeof document !== "undefined") {
  document.querySelectorAll("textarea").forEach(note);
  document.addEventListener("input", (ev) => ev.target instanceof HTMLTextAreaElement && note(ev.target), true);
}

/** A field's ref: gives a textarea back what was typed into it before hydration. Other elements are left alone. */
export function keepTypedBeforeHydration(el: Element | null) {
  if (!(el instanceof HTMLTextAreaElement) || mounted.has(el)) return;
  mounted.add(el);
  const typed = typedEarly.get(el);
  typedEarly.delete(el);
  // After the commit that attached this ref: the form's own ref has registered the field by then.
  if (typed !== undefined) queueMicrotask(() => retype(el, typed));
}

/**
 * Puts `text` in as typing would: React's onChange fires only for a value its tracker has not seen,
 * and an ordinary `el.value = …` goes through that tracker, so the value is set with the element's
 * own (prototype) setter and announced with a bubbling input event.
 */
function retype(el: HTMLTextAreaElement, text: string) {
  if (!el.isConnected || el.value === text) return;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(el, text);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}
