/**
 * One tooltip for the whole app: any element with `data-tip` shows it on hover and on keyboard
 * focus (set as text, never markup), and Escape hides it.
 */
export function installTooltips(): void {
  const tip = document.getElementById('tip')!;
  tip.id = 'tip';
  let owner: Element | null = null;
  const show = (el: Element) => {
    const text = el.getAttribute('data-tip');
    if (!text) return;
    owner = el;
    tip.textContent = text;
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    const r = el.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const left = Math.max(
      8,
      Math.min(r.left + window.scrollX, window.scrollX + window.innerWidth - width - 8),
    );
    tip.style.left = `${left}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    owner?.removeAttribute('aria-describedby');
    owner = null;
    tip.hidden = true;
  };
  const find = (t: EventTarget | null) => (t instanceof Element ? t.closest('[data-tip]') : null);
  document.addEventListener('mouseover', (e) => {
    const el = find(e.target);
    if (el && el !== owner) show(el);
    else if (!el && owner) hide();
  });
  document.addEventListener('focusin', (e) => {
    const el = find(e.target);
    if (el) show(el);
    else hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  window.addEventListener('hashchange', hide);
}
